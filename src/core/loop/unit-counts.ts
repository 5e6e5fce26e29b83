// Per bureau, how its part of the ledger stands: answered or not, and by status, with what is
// overdue; the bureaus with most overdue, then most unanswered, first.

import { isAnswered } from './answer';
import { isOverdue, type ProgressRow } from './progress';

export interface UnitCount {
  unit: string;
  tasks: number;
  answered: number;
  unanswered: number;
  /** Tasks per status as answered: 未开始, 推进中, 已完成, 无法完成 (and anything else written). */
  byStatus: Record<string, number>;
  overdue: number;
  /** The files it sent (this time, or earlier ones whose answers the ledger keeps). */
  files: string[];
}

/** `sent` are the files collected this time, each with the units whose rows it held, answered or not. */
export function unitCounts(rows: ProgressRow[], on: string, sent: ReadonlyArray<{ fileName: string; units: string[] }> = []): UnitCount[] {
  const units = new Map<string, UnitCount>();
  for (const row of rows) {
    let count = units.get(row.unit);
    if (!count) units.set(row.unit, (count = { unit: row.unit, tasks: 0, answered: 0, unanswered: 0, byStatus: {}, overdue: 0, files: [] }));
    count.tasks++;
    if (isAnswered(row.answer)) count.answered++;
    else count.unanswered++;
    if (row.answer.status !== '') count.byStatus[row.answer.status] = (count.byStatus[row.answer.status] ?? 0) + 1;
    if (isOverdue(row, on)) count.overdue++;
    if (row.file !== '' && !count.files.includes(row.file)) count.files.push(row.file);
  }
  for (const file of sent) {
    for (const unit of file.units) {
      const count = units.get(unit);
      if (count && !count.files.includes(file.fileName)) count.files.push(file.fileName);
    }
  }
  return [...units.values()].sort(
    (a, b) => b.overdue - a.overdue || b.unanswered - a.unanswered || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
}
