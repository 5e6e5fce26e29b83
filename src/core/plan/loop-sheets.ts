// The 督办 sheets: 进展汇总 always, 回收统计 and 回收问题 once returns were collected, 到期提醒 when
// a report day is given. The same builder serves the combined workbook (an empty ledger) and 回收汇总.

import type { CollectedFile, ReturnProblem } from '../loop/collect';
import { dueFromLedger } from '../loop/due-ledger';
import { readProgress, type ProgressRow } from '../loop/progress';
import { unitCounts } from '../loop/unit-counts';
import { dueSheet } from './due-sheet';
import { progressSheet, progressSheetRow } from './progress-sheet';
import { PROBLEMS_FIRST_LABEL, returnProblemsSheet } from './return-problems-sheet';
import { fitRowHeights } from './row-heights';
import { SheetNames } from './sheet-name';
import { STYLES } from './styles';
import { TableNames } from './table-names';
import { unitReturnsRow, unitReturnsSheet } from './unit-returns-sheet';
import type { SheetDraft, WorkbookPlan } from './workbook-plan';

export const DEFAULT_WITHIN = 15;

export const LOOP_SHEETS = { progress: '进展汇总', units: '回收统计', problems: '回收问题', due: '到期提醒' } as const;

export interface LoopInput {
  rows: ProgressRow[];
  /** The report day (ISO); without one there is no 到期提醒 and no 逾期 mark. */
  on?: string;
  within?: number;
  /** Present once returns were collected. */
  problems?: ReturnProblem[];
  /** The files collected this time, with the units each held. */
  sent?: CollectedFile[];
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
    const counts = unitCounts(rows, on ?? '', input.sent);
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

/**
 * Which of these a sheet of a workbook is, if any, so it can be replaced when collecting again: the
 * ledger by its columns, the others by their name and first cell, so a clerk's own sheet is never taken.
 */
export function loopSheetRole(name: string, cells: string[][]): LoopSheet['role'] | undefined {
  if (readProgress(cells)) return 'progress';
  const first = cells[0]?.[0]?.trim() ?? '';
  const named = (wanted: string) => name === wanted || name.startsWith(`${wanted}(`);
  if (named(LOOP_SHEETS.units) && first === LOOP_SHEETS.units) return 'units';
  if (named(LOOP_SHEETS.due) && first === LOOP_SHEETS.due) return 'due';
  if (named(LOOP_SHEETS.problems) && first === PROBLEMS_FIRST_LABEL) return 'problems';
  return undefined;
}

/** The 督办 sheets as a plan of their own, for a workbook that has `existing` sheets and tables. */
export function planLoopSheets(existing: { sheets: string[]; tables: string[] }, input: LoopInput): WorkbookPlan {
  return planLoopSheetsRun(existing, input).plan;
}

/** The plan, and what each of its sheets is (by name), for the record the add-in keeps in the workbook. */
export function planLoopSheetsRun(existing: { sheets: string[]; tables: string[] }, input: LoopInput): { plan: WorkbookPlan; roles: Record<string, LoopSheet['role']> } {
  const drafts = loopSheets(new SheetNames(existing.sheets), new TableNames(existing.tables), input);
  return {
    plan: { sheets: drafts.map(({ draft }) => fitRowHeights(draft, STYLES)), styles: STYLES },
    roles: Object.fromEntries(drafts.map(({ role, draft }) => [draft.name, role])),
  };
}
