// The progress ledger (进展汇总): every task × responsible bureau with the latest answer it sent and
// the file that answer came from. Built empty with the combined workbook, read back from it when
// collecting, so that a second collection starts from every answer the first one kept.

import { readDeadline } from '../deadlines/read-deadline';
import type { Deadline, DeadlineContext } from '../deadlines/deadline';
import { NO_ANSWER, type Answer } from './answer';
import type { LedgerRow } from './assignments';
import { COLUMN, DONE, findHeader, type ColumnLabel } from './columns';

export interface ProgressRow extends LedgerRow {
  answer: Answer;
  /** The returned file the answer was taken from, '' when none yet. */
  file: string;
  /** When that file was last saved (「2025-07-01 09:30」), '' when unknown. */
  at: string;
}

export const LEDGER_COLUMNS: readonly ColumnLabel[] = [COLUMN.key, COLUMN.unit, COLUMN.content, COLUMN.status, COLUMN.progress];

export function emptyProgress(rows: LedgerRow[]): ProgressRow[] {
  return rows.map((row) => ({ ...row, answer: NO_ANSWER, file: '', at: '' }));
}

/** The ledger in a sheet's cells (as text), or undefined when the sheet holds none. */
export function readProgress(cells: string[][]): ProgressRow[] | undefined {
  const header = findHeader(cells, LEDGER_COLUMNS);
  if (!header) return undefined;
  const rows: ProgressRow[] = [];
  for (const line of cells.slice(header.row + 1)) {
    const get = (label: ColumnLabel) => {
      const at = header.at(label);
      return at < 0 ? '' : (line[at] ?? '').trim();
    };
    if (get(COLUMN.key) === '') continue;
    rows.push({
      key: get(COLUMN.key),
      unit: get(COLUMN.unit),
      role: get(COLUMN.role),
      source: get(COLUMN.source),
      seq: get(COLUMN.seq),
      heading: get(COLUMN.heading),
      content: get(COLUMN.content),
      deadline: get(COLUMN.deadline),
      dated: get(COLUMN.dated),
      answer: { status: get(COLUMN.status), progress: get(COLUMN.progress), doneOn: get(COLUMN.doneOn), evidence: get(COLUMN.evidence) },
      file: get(COLUMN.file),
      at: get(COLUMN.at),
    });
  }
  return rows;
}

export function deadlineOf(row: Pick<LedgerRow, 'deadline' | 'dated'>): Deadline {
  const context: DeadlineContext = /^\d{4}-\d{2}-\d{2}$/.test(row.dated)
    ? { year: Number(row.dated.slice(0, 4)), issued: row.dated }
    : /^\d{4}$/.test(row.dated)
      ? { year: Number(row.dated) }
      : {};
  return readDeadline(row.deadline, context);
}

/** A due day has passed on `on` and the unit has not reported the task done. */
export function isOverdue(row: ProgressRow, on: string): boolean {
  if (row.answer.status === DONE) return false;
  const deadline = deadlineOf(row);
  return deadline.kind === 'dates' && deadline.dates.some((day) => day < on);
}

/** A new ledger with the answers an earlier one holds for the same task and unit, after a re-run. */
export function carryAnswers(rows: ProgressRow[], previous: ProgressRow[]): ProgressRow[] {
  const earlier = new Map(previous.map((row) => [`${row.key}\u0000${row.unit}`, row]));
  return rows.map((row) => {
    const found = earlier.get(`${row.key}\u0000${row.unit}`);
    return found ? { ...row, answer: found.answer, file: found.file, at: found.at } : row;
  });
}
