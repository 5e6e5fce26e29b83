// 「进展汇总」: the progress ledger, one row per task × responsible bureau, with what the bureau
// answered, from which file and when, and whether it is overdue on the day of the report. Made
// empty with the combined workbook and refilled by 回收汇总; its two hidden columns (task key and
// the document's date) are what the next collection reads it back by.

import { COLUMN } from '../loop/columns';
import { isOverdue, type ProgressRow } from '../loop/progress';
import { number, text } from './cells';
import type { CellPlan, SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['序号', 5],
  [COLUMN.source, 14],
  [COLUMN.seq, 6],
  [COLUMN.heading, 16],
  [COLUMN.content, 40],
  [COLUMN.deadline, 12],
  [COLUMN.unit, 14],
  [COLUMN.role, 10],
  [COLUMN.status, 9],
  [COLUMN.progress, 30],
  [COLUMN.doneOn, 11],
  [COLUMN.evidence, 18],
  [COLUMN.overdue, 8],
  [COLUMN.file, 18],
  [COLUMN.at, 16],
  [COLUMN.key, 18],
  [COLUMN.dated, 11],
];
const HIDDEN = [COLUMNS.length - 2, COLUMNS.length - 1];

/** The 0-based sheet row of ledger row `i` (one header row above it), for links from 回收问题. */
export function progressSheetRow(i: number): number {
  return i + 1;
}

/** `on` is the day 「是否逾期」 is judged on; without one the column stays empty. */
export function progressSheet(name: string, tableId: string, rows: ProgressRow[], on?: string): SheetDraft {
  const header = COLUMNS.map(([label]) => text(label, ['header']));
  return {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows: [header, ...rows.map((row, i) => progressRow(row, i, on))],
    merges: [],
    frozen: { rows: 1, columns: 0 },
    ...(rows.length > 0 ? { table: { name: tableId, range: { top: 0, left: 0, bottom: rows.length, right: COLUMNS.length - 1 } } } : {}),
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
    hiddenColumns: HIDDEN,
  };
}

function progressRow(row: ProgressRow, i: number, on: string | undefined): CellPlan[] {
  const late = on !== undefined && isOverdue(row, on);
  return [
    number(i + 1, ['center']),
    text(row.source, ['wrap']),
    text(row.seq, ['center']),
    text(row.heading, ['wrap']),
    text(row.content, ['wrap']),
    text(row.deadline, ['wrap']),
    text(row.unit, ['wrap']),
    text(row.role, ['center']),
    text(row.answer.status, ['center']),
    text(row.answer.progress, ['wrap']),
    text(row.answer.doneOn, ['center']),
    text(row.answer.evidence, ['wrap']),
    text(late ? '逾期' : '', late ? ['center', 'error'] : ['center']),
    text(row.file, ['wrap']),
    text(row.at, ['center']),
    text(row.key),
    text(row.dated),
  ];
}
