// Every zip the product opens passes here, with limits against zip bombs: the entry count and the
// declared sizes are checked before anything is inflated, and inflation is counted as it runs.
// openZip serves the .docx reader (JSZip behind a small interface, as mammoth's lib/zipfile.js);
// checkZip serves readers that inflate on their own (ExcelJS for .xlsx), inflating every entry
// once, counted and thrown away, before they get the bytes.

import JSZip from 'jszip';
import { failure, success, type Result } from '../result';
import { readZipDirectory, type ZipEntrySize } from './zip-directory';

export interface ZipLimits {
  maxEntries: number;
  /** Total uncompressed bytes over all entries, declared or actually inflated. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 200 * 1024 * 1024 };

/**
 * For workbooks: the combined workbook of a 20,000-row plan unpacks to under 100 MB, a returned task
 * list to a few MB.
 */
export const XLSX_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 300 * 1024 * 1024 };

export interface ZipArchive {
  has(name: string): boolean;
  /** The entry's bytes decoded as XML text is (UTF-8, or UTF-16 after its BOM). */
  readText(name: string): Promise<Result<string>>;
}

/** JSZip's documented streaming API, missing from its type declarations. */
interface StreamingEntry {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

const CORRUPT = '文件已损坏或不完整（压缩包无法解开），请在 Word/WPS 中打开后重新另存为 .docx。';

export async function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Result<ZipArchive>> {
  const opened = await loadWithinLimits(bytes, limits);
  if (!opened.ok) return opened;
  const { zip, sizes } = opened.value;
  let inflated = 0;
  return success({
    has: (name) => zip.file(name) !== null,
    readText: async (name) => {
      const entry = zip.file(name);
      const size = sizes.get(name);
      if (!entry || size === undefined) return failure('zip-corrupt', CORRUPT);
      const budget = Math.min(size, limits.maxTotalBytes - inflated);
      const content = await inflate(entry as unknown as StreamingEntry, budget);
      if (content === 'corrupt') return failure('zip-corrupt', CORRUPT);
      if (content === 'over-budget') return tooLarge(limits);
      inflated += content.byteLength;
      return success(decodeXmlBytes(content));
    },
  });
}

/**
 * Every entry inflated, counted against its declared size and the total, and thrown away: after this,
 * a library that inflates the same bytes by itself cannot be made to inflate more than the limit.
 * Returns the loaded zip, for reading a few parts again.
 */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits = XLSX_ZIP_LIMITS): Promise<Result<JSZip>> {
  const opened = await loadWithinLimits(bytes, limits);
  if (!opened.ok) return opened;
  const { zip, sizes } = opened.value;
  let inflated = 0;
  for (const [name, size] of sizes) {
    const entry = zip.file(name);
    if (!entry) continue; // a folder
    const content = await inflate(entry as unknown as StreamingEntry, Math.min(size, limits.maxTotalBytes - inflated), false);
    if (content === 'corrupt') return failure('zip-corrupt', CORRUPT);
    if (content === 'over-budget') return tooLarge(limits);
    inflated += content;
  }
  return success(zip);
}

async function loadWithinLimits(bytes: Uint8Array, limits: ZipLimits): Promise<Result<{ zip: JSZip; sizes: Map<string, number> }>> {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) {
    if (directory.reason === 'too-many-entries') {
      return failure('zip-too-large', `压缩包内文件超过 ${limits.maxEntries} 个，不像是 Word 文档或 Excel 工作簿，可能是恶意文件，已拒绝读取。`, { entries: limits.maxEntries });
    }
    return failure('zip-corrupt', CORRUPT);
  }
  const declared = directory.entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.maxTotalBytes) return tooLarge(limits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return failure('zip-corrupt', CORRUPT);
  }
  return success({ zip, sizes: new Map(directory.entries.map((entry: ZipEntrySize) => [entry.name, entry.size])) });
}

function tooLarge(limits: ZipLimits): Result<never> {
  const megabytes = Math.round(limits.maxTotalBytes / 1024 / 1024);
  return failure('zip-too-large', `压缩包解开后超过 ${megabytes} MB（或声明的大小与实际不符），可能是恶意文件，已拒绝读取。`, { megabytes });
}

function inflate(entry: StreamingEntry, budget: number): Promise<Uint8Array | 'corrupt' | 'over-budget'>;
/** Counting only: the number of bytes inflated, nothing kept. */
function inflate(entry: StreamingEntry, budget: number, keep: false): Promise<number | 'corrupt' | 'over-budget'>;
function inflate(entry: StreamingEntry, budget: number, keep = true): Promise<Uint8Array | number | 'corrupt' | 'over-budget'> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (value: Uint8Array | number | 'corrupt' | 'over-budget') => {
      if (!settled) resolve(value);
      settled = true;
    };
    let stream: JSZip.JSZipStreamHelper<Uint8Array>;
    try {
      stream = entry.internalStream('uint8array');
    } catch {
      settle('corrupt');
      return;
    }
    stream
      .on('data', (chunk) => {
        total += chunk.byteLength;
        if (total > budget) {
          stream.pause();
          settle('over-budget');
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', () => settle('corrupt'))
      .on('end', () => settle(keep ? concat(chunks, total) : total))
      .resume();
  });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
