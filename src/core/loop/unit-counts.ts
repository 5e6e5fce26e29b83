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
  /** The files its answers came from, in ledger order. */
  files: string[];
}

export function unitCounts(rows: ProgressRow[], on: string): UnitCount[] {
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
  return [...units.values()].sort(
    (a, b) => b.overdue - a.overdue || b.unanswered - a.unanswered || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
}
