// A synthetic document as large as wanted, made of the seeds' real rows: the rows of every seed
// table laid out like 序号/名称/目标/责任单位/备注, repeated and renumbered, written out as a Word
// text export (one tab-led line per cell, blank line between rows) so that parsing is measured too.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/core/read';
import type { RawRow, SourceDocument } from '../../src/core/tables/raw-table';

const SEEDS = join(__dirname, '../../seeds');
const HEADER = ['序号', '名称', '2025年目标', '责任单位', '备注'];
const ROLES = ['seq', 'group', 'content', 'units', 'note'];

export interface Seed {
  source: string;
  bytes: Uint8Array;
}

export function readSeeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((source) => ({ source, bytes: readFileSync(join(SEEDS, source)) }));
}

/** The seeds, read: the rows of every table with the standard five columns. */
export async function seedRows(seeds: Seed[]): Promise<RawRow[]> {
  const documents: SourceDocument[] = [];
  for (const seed of seeds) {
    const read = await readDocument(seed.source, seed.bytes);
    if (read.ok) documents.push(read.value);
  }
  return documents.flatMap((d) =>
    d.tables.filter((t) => t.columns.map((c) => c.role).join() === ROLES.join()).flatMap((t) => t.rows),
  );
}

export function syntheticExport(rows: RawRow[], count: number): Uint8Array {
  const lines = ['附件', '', '重点任务分工（合成）', '一、重点措施', ...HEADER.map((label) => `\t${label}`), ''];
  for (let i = 0; i < count; i++) {
    const cells = rows[i % rows.length]?.cells ?? [];
    const [, ...rest] = cells.map((c) => c.text.replace(/\n/g, ''));
    lines.push(`\t${i + 1}`, ...rest.map((text) => `\t${text}`), '');
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
