// 到期提醒 into a copy of the combined workbook, as the pane does in Excel (workbook-loop.ts):
// 进展汇总 and 到期提醒 redone for the report day from the ledger as it stands, 回收统计 and 回收问题
// left as the last 回收汇总 wrote them, every other part carried over byte for byte (loop-workbook.ts).

import type { UnitDue } from '../core/deadlines/due-list';
import { dueFromLedger } from '../core/loop/due-ledger';
import type { LoopSheet } from '../core/plan/loop-sheets';
import { success, type Result } from '../core/result';
import { openCombinedWorkbook, rewriteLoopSheets, type NamedBytes, type RewrittenWorkbook } from './loop-workbook';

export interface DueWorkbook extends RewrittenWorkbook {
  /** Per unit, the ledger rows (by index) overdue and due soon on the report day. */
  due: UnitDue<number>[];
}

const DUE_SHEETS: ReadonlySet<LoopSheet['role']> = new Set(['progress', 'due']);

export async function remindDueInWorkbook(base: NamedBytes, day: { on: string; within: number }): Promise<Result<DueWorkbook>> {
  const opened = await openCombinedWorkbook(base);
  if (!opened.ok) return opened;
  const { ledger } = opened.value;
  const written = await rewriteLoopSheets(opened.value, DUE_SHEETS, { rows: ledger, ...day });
  return written.ok ? success({ ...written.value, due: dueFromLedger(ledger, day.on, day.within) }) : written;
}
