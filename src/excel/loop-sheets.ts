// The 督办 sheets of the open workbook: find them (the ledger by its columns, the others by name and
// first cell), read the ledger, and swap in new ones without ever losing the old: the old sheets are
// renamed aside, the new ones written under the freed names, and only then are the old ones deleted;
// if writing fails they get their names back.

import { loopSheetRole, type LoopSheet } from '../core/plan/loop-sheets';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { renderPlanIntoWorkbook, type RenderReport, type WorkbookNames } from './render-plan';

/** Enough of each sheet to tell a 督办 sheet: its title or its header row is within these. */
const HEAD_ROWS = 10;
const HEAD_COLUMNS = 20;

export interface LoopSheets {
  /** The 督办 sheets found, with what each is. */
  found: Array<{ name: string; role: LoopSheet['role'] }>;
  /** The ledger (进展汇总), when the workbook has one. */
  ledger?: ProgressRow[];
}

export async function readLoopSheets(context: Excel.RequestContext): Promise<LoopSheets> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const heads = sheets.items.map((sheet) => ({ name: sheet.name, range: sheet.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLUMNS).load('values') }));
  await context.sync();
  const found = heads.flatMap(({ name, range }) => {
    const role = loopSheetRole(name, texts(range.values));
    return role ? [{ name, role }] : [];
  });
  const ledgerSheet = found.find(({ role }) => role === 'progress')?.name;
  if (!ledgerSheet) return { found };
  const used = context.workbook.worksheets.getItem(ledgerSheet).getUsedRange(true).load('values');
  await context.sync();
  return { found, ledger: readProgress(texts(used.values)) ?? [] };
}

/** The old 督办 sheets replaced by the plan's (which must not reuse any other sheet's name). */
export async function replaceLoopSheets(context: Excel.RequestContext, old: string[], planFor: (existing: WorkbookNames) => WorkbookPlan): Promise<RenderReport> {
  const aside = old.map((name, i) => ({ name, aside: `RespMatrix-旧${i + 1}-${Date.now() % 100000}` }));
  for (const { name, aside: renamed } of aside) context.workbook.worksheets.getItem(name).name = renamed;
  await context.sync();
  let added: string[] = [];
  let report: RenderReport;
  try {
    report = await renderPlanIntoWorkbook(context, (existing) => {
      const plan = planFor(existing);
      // Only names no sheet had before are the render's to undo: a refused plan may name a clerk's sheet.
      added = plan.sheets.map((sheet) => sheet.name).filter((name) => !existing.sheets.some((e) => e.toLowerCase() === name.toLowerCase()));
      return plan;
    });
  } catch (error) {
    // Whatever part of the new sheets was written goes, and the old ones get their names back.
    const now = context.workbook.worksheets.load('items/name');
    await context.sync();
    for (const sheet of now.items) if (added.includes(sheet.name)) sheet.delete();
    for (const { name, aside: renamed } of aside) context.workbook.worksheets.getItem(renamed).name = name;
    await context.sync();
    throw error;
  }
  for (const { aside: renamed } of aside) context.workbook.worksheets.getItem(renamed).delete();
  await context.sync();
  return { ...report, syncs: report.syncs + 2 };
}

function texts(values: unknown[][]): string[][] {
  return values.map((row) => row.map((value) => (value === null || value === undefined ? '' : String(value))));
}
