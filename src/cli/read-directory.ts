// Reading the clerk's directory file (--directory FILE), shared by the commands that take one:
// a CSV, or a workbook whose 「单位名录」 sheet the clerk edited (one `build` wrote, for instance).
// Its warnings (bad rows, by line) go to stderr; a file that cannot be used is reported and refused.

import { readFile } from 'node:fs/promises';
import type { Result } from '../core/result';
import type { UnitDirectory } from '../core/units/unit';
import { directoryFromCsv } from '../core/units/directory-csv';
import { directoryFromRows } from '../core/units/directory-rows';
import { readDirectoryRows } from '../xlsx/read-directory';

/** The clerk's directory, or null once the reason it cannot be used is on stderr. */
export async function readDirectoryFile(path: string): Promise<UnitDirectory | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    process.stderr.write(`${path}: 无法读取单位名录文件 / cannot read the directory file\n`);
    return null;
  }
  const read = await directoryOf(bytes);
  for (const { message } of read.warnings) process.stderr.write(`${path}: ${message}\n`);
  if (read.ok) return read.value;
  process.stderr.write(`${path}: 单位名录有误 / bad directory: ${read.error.message}\n`);
  return null;
}

async function directoryOf(bytes: Uint8Array): Promise<Result<UnitDirectory>> {
  // 'PK' starts a zip: an .xlsx whatever the file is called. Anything else is CSV text (a BOM is dropped).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const rows = await readDirectoryRows(bytes);
    return rows.ok ? directoryFromRows(rows.value) : rows;
  }
  return directoryFromCsv(new TextDecoder('utf-8').decode(bytes));
}
