// What each bureau is sent: its tasks as lead, then as support, then through a group it belongs to.
// The bureau's sheet (任务清单) and the progress ledger (进展汇总) are both lists of these.

import type { Analysis } from '../analysis';
import type { UnitLoad } from '../pivot/unit-load';
import type { Task } from '../tasks/task';
import { deadlineContext } from '../deadlines/document-context';
import { documentName } from '../source-labels';
import { returnKey } from './return-key';

export interface Assignment {
  unit: string;
  /** 「牵头」「配合」 or 「经由「各镇街」」. */
  role: string;
  task: Task;
}

/** One row of the ledger: a task as one unit was asked to carry it, in plain text. */
export interface LedgerRow {
  key: string;
  unit: string;
  role: string;
  source: string;
  seq: string;
  heading: string;
  content: string;
  deadline: string;
  /** What the deadline is read against: the document's ISO date, else its year, else ''. */
  dated: string;
}

export function unitAssignments(unit: UnitLoad, analysis: Analysis): Assignment[] {
  const byPlace = new Map(analysis.tasks.map((task) => [`${task.document}/${task.table}/${task.row}`, task]));
  const find = (ref: { document: number; table: number; row: number }) => byPlace.get(`${ref.document}/${ref.table}/${ref.row}`);
  const listed = [
    ...unit.lead.map((ref) => ({ role: '牵头', task: find(ref) })),
    ...unit.support.map((ref) => ({ role: '配合', task: find(ref) })),
    ...unit.viaGroup.map(({ task, group }) => ({ role: `经由「${group}」`, task: find(task) })),
  ];
  return listed.flatMap(({ role, task }) => (task ? [{ unit: unit.canonical, role, task }] : []));
}

/** The bureaus a workbook goes to: concrete units that carry at least one task. */
export function recipients(analysis: Analysis): UnitLoad[] {
  return analysis.byUnit.filter((u) => u.kind === 'bureau' && u.lead.length + u.support.length + u.viaGroup.length > 0);
}

export function ledgerRow(assignment: Assignment, analysis: Analysis): LedgerRow {
  const { task } = assignment;
  const document = analysis.documents[task.document];
  const context = document ? deadlineContext(document) : {};
  return {
    key: document ? returnKey(document, task) : '',
    unit: assignment.unit,
    role: assignment.role,
    source: documentName(analysis, task.document),
    seq: task.seq,
    heading: task.heading,
    content: task.content,
    deadline: task.deadline,
    dated: context.issued ?? (context.year !== undefined ? String(context.year) : ''),
  };
}

/** Every task × recipient, in document order, the lead first within a task. */
export function ledger(analysis: Analysis): LedgerRow[] {
  const rows = recipients(analysis).flatMap((unit) => unitAssignments(unit, analysis).map((a) => ({ a, order: a.role === '牵头' ? 0 : 1 })));
  rows.sort(
    (x, y) =>
      x.a.task.document - y.a.task.document ||
      x.a.task.table - y.a.task.table ||
      x.a.task.row - y.a.task.row ||
      x.order - y.order ||
      (x.a.unit < y.a.unit ? -1 : x.a.unit > y.a.unit ? 1 : 0),
  );
  return rows.map(({ a }) => ledgerRow(a, analysis));
}
