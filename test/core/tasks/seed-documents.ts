// The seed documents as the reader gives them: the ground truth the units and tasks are checked on.

import { readDocument } from '../../../src/core/read';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS, seedBytes } from '../read/seed-files';

export async function readSeed(name: string): Promise<SourceDocument> {
  const result = await readDocument(name, seedBytes(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** The three seeds that have tables: 000 (高新区), 001 (垫江县), 004 (璧山区). */
export async function readSeedsWithTables(): Promise<SourceDocument[]> {
  return Promise.all([SEEDS.gaoxin, SEEDS.dianjiang, SEEDS.bishan].map(readSeed));
}
