// Every 完成时间 text of the seeds, with the reading a clerk gives it (checked by hand). Only seed 004
// has a 完成时间 column (issued 2024-04-09); every one of its texts names its own year.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { deadlineContext } from '../../../src/core/deadlines/document-context';
import { readDeadline } from '../../../src/core/deadlines/read-deadline';
import { readDocument } from '../../../src/core/read/index';
import type { SourceDocument } from '../../../src/core/tables/raw-table';

const SEEDS = join(__dirname, '../../../seeds');

async function seeds(): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for (const file of readdirSync(SEEDS).sort()) {
    const read = await readDocument(file, readFileSync(join(SEEDS, file)));
    if (read.ok) documents.push(read.value);
  }
  return documents;
}

test('every 完成时间 of the seeds reads as a clerk reads it', async () => {
  const documents = await seeds();
  const readings = new Map<string, unknown>();
  for (const task of analyse(documents).tasks) {
    const deadline = readDeadline(task.deadline, deadlineContext(documents[task.document]));
    readings.set(`${task.source.slice(0, 3)} ${task.deadline}`, 'dates' in deadline ? deadline.dates : deadline.kind);
  }
  expect(Object.fromEntries(readings)).toEqual({
    '000 ': 'blank',
    '001 ': 'blank',
    '004 ': 'blank',
    '004 2024年': ['2024-12-31'],
    '004 2025年': ['2025-12-31'],
    '004 2026年': ['2026-12-31'],
    '004 2024年6月底前': ['2024-06-30'],
    '004 长期坚持': 'ongoing',
    '004 每年': 'recurring',
    '004 2025年\n2026年': ['2025-12-31', '2026-12-31'],
  });
});

test('the seeds give their own dates, and a year to undated months', async () => {
  const documents = await seeds();
  expect(documents.map((d) => [d.source.slice(0, 3), d.date, deadlineContext(d).year])).toEqual([
    ['000', '2025-04-07', 2025],
    ['001', '2025-03-25', 2025],
    ['002', '2025-04-30', 2025],
    ['003', '2024-01-23', 2024],
    ['004', '2024-04-09', 2024],
  ]);
});
