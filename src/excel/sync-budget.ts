// Excel on the web refuses a request batch over about 5 MB. Writes are queued against a budget:
// when the next write would push the batch past it, the queued batch is synced first. Every sync
// is counted, so tests and the bench can show the count stays small and does not grow per row.

/** Well under the ~5 MB limit, since the estimate counts only the data, not the request framing. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** What a request carries over the wire, roughly: its arguments as UTF-8 JSON. */
export function payloadBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data)).length;
}

export class SyncBudget {
  syncs = 0;
  private queued = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly maxBytes = MAX_BATCH_BYTES,
  ) {}

  /** Call before queuing a write of `bytes`: syncs what is queued if the write would not fit beside it. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.maxBytes) await this.sync();
    this.queued += bytes;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }
}

/** Items in consecutive groups whose estimated bytes stay under the batch limit (an oversized item goes alone). */
export function byteBatches<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes = MAX_BATCH_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > maxBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
