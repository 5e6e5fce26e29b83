// The 督办 sheets of the open workbook: find them (the ledger by its columns, the others by name and
// first cell), read the ledger, and swap in new ones (replace-sheets.ts: the old are never lost).

import { loopSheetRole, type LoopSheet } from '../core/plan/loop-sheets';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { cellTexts } from './cell-texts';
import { blockOf, readBlocks, usedPart } from './read-rows';
import type { RenderReport, WorkbookNames } from './render-plan';
import { replaceSheets, type OldSheet } from './replace-sheets';

/** Enough of each sheet to tell a 督办 sheet: its title or its header row is within these. */
const HEAD_ROWS = 10;
const HEAD_COLUMNS = 20;

export interface LoopSheets {
  /** The 督办 sheets found, with what each is. */
  found: Array<OldSheet & { role: LoopSheet['role'] }>;
  /** The ledger (进展汇总), when the workbook has one. */
  ledger?: ProgressRow[];
}

export async function readLoopSheets(context: Excel.RequestContext): Promise<LoopSheets> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  await context.sync();
  // With each sheet's head, where its used cells are: the ledger's are then read in bands without another sync.
  const heads = sheets.items.map((sheet) => ({ sheet, name: sheet.name, id: sheet.id, range: sheet.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLUMNS).load('values'), used: usedPart(sheet) }));
  await context.sync();
  const found = heads.flatMap(({ name, id, range }) => {
    const role = loopSheetRole(name, cellTexts(range.values));
    return role ? [{ name, id, role }] : [];
  });
  const ledgerSheet = heads.find(({ id }) => id === found.find(({ role }) => role === 'progress')?.id);
  if (!ledgerSheet) return { found };
  // With its number formats: a 完成日期 the clerk typed into the ledger as a date reads as that date.
  const block = blockOf(ledgerSheet.sheet, ledgerSheet.used, true);
  const { cells } = await readBlocks(context, block ? [block] : []);
  return { found, ledger: readProgress(cellTexts(cells[0]?.values ?? [], cells[0]?.numberFormat)) ?? [] };
}

/** The old 督办 sheets replaced by the plan's (which must not reuse any other sheet's name). */
export function replaceLoopSheets(context: Excel.RequestContext, old: OldSheet[], planFor: (existing: WorkbookNames) => WorkbookPlan): Promise<RenderReport> {
  return replaceSheets(context, old, planFor);
}
