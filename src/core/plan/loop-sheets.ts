// The 督办 sheets: 进展汇总 always, 回收统计 and 回收问题 once returns were collected, 到期提醒 when
// a report day is given. The same builder serves the combined workbook (an empty ledger) and 回收汇总.

import type { ReturnProblem } from '../loop/collect';
import { dueFromLedger } from '../loop/due-ledger';
import type { ProgressRow } from '../loop/progress';
import { unitCounts } from '../loop/unit-counts';
import { dueSheet } from './due-sheet';
import { progressSheet, progressSheetRow } from './progress-sheet';
import { returnProblemsSheet } from './return-problems-sheet';
import type { SheetNames } from './sheet-name';
import type { TableNames } from './table-names';
import { unitReturnsRow, unitReturnsSheet } from './unit-returns-sheet';
import type { SheetDraft } from './workbook-plan';

export const DEFAULT_WITHIN = 15;

export const LOOP_SHEETS = { progress: '进展汇总', units: '回收统计', problems: '回收问题', due: '到期提醒' } as const;

export interface LoopInput {
  rows: ProgressRow[];
  /** The report day (ISO); without one there is no 到期提醒 and no 逾期 mark. */
  on?: string;
  within?: number;
  /** Present once returns were collected. */
  problems?: ReturnProblem[];
}

export interface LoopSheet {
  role: keyof typeof LOOP_SHEETS;
  draft: SheetDraft;
}

export function loopSheets(names: SheetNames, tables: TableNames, input: LoopInput): LoopSheet[] {
  const { rows, on, problems } = input;
  const within = input.within ?? DEFAULT_WITHIN;
  const progressName = names.claim(LOOP_SHEETS.progress);
  const progress = { sheet: progressName, row: progressSheetRow };
  const drafts: LoopSheet[] = [{ role: 'progress', draft: progressSheet(progressName, tables.claim('Progress'), rows, on) }];
  if (problems) {
    const counts = unitCounts(rows, on ?? '');
    const unitsName = names.claim(LOOP_SHEETS.units);
    const unitRow = new Map(counts.map((c, i) => [c.unit, unitReturnsRow(i)]));
    const units = { sheet: unitsName, row: (unit: string) => unitRow.get(unit) };
    drafts.push({ role: 'units', draft: unitReturnsSheet(unitsName, tables.claim('Returns'), counts, on ?? '') });
    drafts.push({ role: 'problems', draft: returnProblemsSheet(names.claim(LOOP_SHEETS.problems), tables.claim('ReturnProblems'), problems, { progress, units }) });
  }
  if (on !== undefined) {
    const due = dueSheet(names.claim(LOOP_SHEETS.due), tables.claim('Due'), { on, within, units: dueFromLedger(rows, on, within), rows, progress });
    drafts.push({ role: 'due', draft: due });
  }
  return drafts;
}
