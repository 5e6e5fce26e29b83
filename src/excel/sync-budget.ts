// Excel on the web refuses a request batch over 5 MB, and a response over 5 MB. Requests are queued
// against a budget of both: when the next request (or what it will bring back) would push the batch
// past it, the queued batch is synced first. Every sync is counted, so tests and the bench can show
// the count stays small and does not grow per row. The sizes are this code's own estimate; the fake
// Excel of the tests measures the batches independently, as Office.js serialises them.

/** Excel on the web's limit for a request, and for a response (5 MB). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The budget of one batch by the estimate below: a margin under the limit for what the estimate misses. */
export const MAX_BATCH_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.95);

/**
 * What Office.js sends for each request besides its arguments: the action ({"Id","ActionType",
 * "Name","ObjectPathId","ArgumentInfo"}), the object path it acts on and that path's instantiation,
 * about 220 bytes of JSON, rounded up (a request on a range of its own adds the range's path, about 100 more).
 */
export const REQUEST_FRAMING_BYTES = 250;

/** What comes back for each load besides the values: {"ActionId":…,"Value":{…}} with the property names. */
export const RESULT_FRAMING_BYTES = 100;

const encoder = new TextEncoder();

/** What data carries over the wire: its UTF-8 JSON. */
export function payloadBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data)).length;
}

/** A batch of `requests` requests carrying `data`, as Office.js sends it. */
export function requestBytes(data: unknown, requests = 1): number {
  return payloadBytes(data) + requests * REQUEST_FRAMING_BYTES;
}

export class SyncBudget {
  syncs = 0;
  private queued = 0;
  private expected = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly maxBytes = MAX_BATCH_BYTES,
  ) {}

  /**
   * Call before queuing requests of `bytes` that bring back about `response` bytes: syncs what is
   * queued if they would not fit beside it.
   */
  async reserve(bytes: number, response = 0): Promise<void> {
    const full = this.queued + bytes > this.maxBytes || this.expected + response > this.maxBytes;
    if ((this.queued > 0 || this.expected > 0) && full) await this.sync();
    this.queued += bytes;
    this.expected += response;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
    this.expected = 0;
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
