// 到期提醒 over the ledger: per bureau, what is overdue and what falls due within N days, leaving
// out what the bureau has reported done. Each entry is the index of its ledger row.

import { dueByUnit, type DueItem, type UnitDue } from '../deadlines/due-list';
import { DONE } from './columns';
import { deadlineOf, type ProgressRow } from './progress';

const LEAD = '牵头';

export function dueFromLedger(rows: ProgressRow[], on: string, within: number): UnitDue<number>[] {
  const leads = new Map<string, string[]>();
  for (const row of rows) if (row.role === LEAD) leads.set(row.key, [...(leads.get(row.key) ?? []), row.unit]);
  const items: DueItem<number>[] = rows.flatMap((row, i) =>
    row.answer.status === DONE
      ? []
      : [{ task: i, unit: row.unit, role: row.role === LEAD ? 'lead' : 'support', deadline: deadlineOf(row), leads: leads.get(row.key) ?? [] }],
  );
  return dueByUnit(items, on, within);
}
