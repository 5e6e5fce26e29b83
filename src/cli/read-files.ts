// Reading the files named on the command line, shared by every command. A file that cannot be
// read, or that yields no task, gets one clear line on stderr and is counted; the others are still
// read, in order.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readDocument } from '../core/read';
import { nothingReadMessage, yieldsTasks } from '../core/tables/nothing-read';
import type { SourceDocument } from '../core/tables/raw-table';

/** Larger than any work-plan document; keeps a mistaken path (a disk image, a video) from filling memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface SourceFiles {
  /** The documents read, in the order given; `source` is the file name without directories. */
  documents: SourceDocument[];
  /** How many paths could not be read as a document (each already reported on stderr). */
  failed: number;
  /** How many documents were read but yielded no task (kept in `documents`, each reported on stderr). */
  unread: number;
}

export async function readSourceFiles(paths: string[]): Promise<SourceFiles> {
  const documents: SourceDocument[] = [];
  let failed = 0;
  let unread = 0;
  for (const path of paths) {
    const read = await readSourceFile(path);
    if (typeof read === 'string') {
      process.stderr.write(`${path}: ${read}\n`);
      failed++;
      continue;
    }
    documents.push(read);
    if (!yieldsTasks(read)) {
      process.stderr.write(`${path}: ${nothingReadMessage(read)}\n`);
      unread++;
    }
  }
  return { documents, failed, unread };
}

/** The document, or why it could not be read (zh-CN first). */
async function readSourceFile(path: string): Promise<SourceDocument | string> {
  const bytes = await readFileBytes(path);
  if (typeof bytes === 'string') return bytes;
  const result = await readDocument(basename(path), bytes);
  return result.ok ? result.value : result.error.message;
}

/** The bytes of a regular file of sensible size, or why not (zh-CN first). */
export async function readFileBytes(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return '这是一个文件夹，不是文件 / is a directory';
    if (!info.isFile()) return '不是普通文件 / not a regular file';
    if (info.size > MAX_FILE_BYTES) {
      return `文件太大（${(info.size / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）/ file too large`;
    }
    return await readFile(path);
  } catch (error) {
    return fileProblem(error);
  }
}

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return '找不到文件 / file not found';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限 / permission denied';
  return `无法读取文件 / cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
