// Reading the clerk's directory file (--directory FILE), shared by the commands that take one.
// Its warnings (bad rows, by line) go to stderr; a file that cannot be used is reported and refused.

import { readFile } from 'node:fs/promises';
import type { UnitDirectory } from '../core/units/unit';
import { directoryFromCsv } from '../core/units/directory-csv';

/** The clerk's directory, or null once the reason it cannot be used is on stderr. */
export async function readDirectoryFile(path: string): Promise<UnitDirectory | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    process.stderr.write(`${path}: 无法读取单位名录文件 / cannot read the directory file\n`);
    return null;
  }
  const read = directoryFromCsv(text);
  for (const { message } of read.warnings) process.stderr.write(`${path}: ${message}\n`);
  if (read.ok) return read.value;
  process.stderr.write(`${path}: 单位名录有误 / bad directory: ${read.error.message}\n`);
  return null;
}
