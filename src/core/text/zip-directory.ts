// The zip's central directory, read by hand before anything is inflated: entry count and declared
// sizes are what a zip bomb lies about least cheaply, so limits are checked here first.

export interface ZipEntrySize {
  name: string;
  /** Declared uncompressed size; inflation is still counted, since this can lie. */
  size: number;
}

export type DirectoryReading =
  | { ok: true; entries: ZipEntrySize[] }
  | { ok: false; reason: 'not-zip' | 'corrupt' | 'too-many-entries' };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): DirectoryReading {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, reason: 'not-zip' };
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (!zip64) return { ok: false, reason: 'corrupt' };
    ({ count, offset } = zip64);
  }
  if (count > maxEntries) return { ok: false, reason: 'too-many-entries' };
  const entries: ZipEntrySize[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_ENTRY) return { ok: false, reason: 'corrupt' };
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) return { ok: false, reason: 'corrupt' };
    const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    let size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) size = zip64Size(view, offset + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    entries.push({ name, size });
    offset = next;
  }
  return { ok: true, entries };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_LENGTH;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; offset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const end = Number(view.getBigUint64(locator + 8, true));
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD) return undefined;
  return { count: Number(view.getBigUint64(end + 32, true)), offset: Number(view.getBigUint64(end + 48, true)) };
}

/** The uncompressed size from the zip64 extra field (id 1), whose first value it is when present. */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= 8 && at + 12 <= view.byteLength) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return undefined;
}
