// Replacing sheets RespMatrix made earlier without ever losing them: the old sheets are renamed
// aside in the first write batch, the new ones written under the freed names, and the old ones
// deleted last in the features batch. If writing fails, what was written goes and the old sheets
// get their names back. Sheets are addressed by id, so a tab the clerk renamed is still found.

import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { renderPlanIntoWorkbook, type RenderHooks, type RenderReport, type WorkbookNames } from './render-plan';

export interface OldSheet {
  id: string;
  name: string;
}

export async function replaceSheets(
  context: Excel.RequestContext,
  old: OldSheet[],
  planFor: (existing: WorkbookNames) => WorkbookPlan,
  hooks: Pick<RenderHooks, 'existing' | 'afterFeatures'> = {},
): Promise<RenderReport> {
  let extraSyncs = 0;
  let existing = hooks.existing;
  if (!existing) {
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    extraSyncs++;
    existing = { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
  }
  const oldNames = new Set(old.map((sheet) => sheet.name.toLowerCase()));
  const free = { ...existing, sheets: existing.sheets.filter((name) => !oldNames.has(name.toLowerCase())) };
  const stamp = Date.now() % 100_000;
  let added: string[] = [];
  try {
    const report = await renderPlanIntoWorkbook(
      context,
      (names) => {
        const plan = planFor(names);
        added = plan.sheets.map((sheet) => sheet.name);
        return plan;
      },
      {
        existing: free,
        beforeWrites: () => old.forEach((sheet, i) => (context.workbook.worksheets.getItem(sheet.id).name = `RespMatrix-旧${i + 1}-${stamp}`)),
        afterFeatures: (sheets) => {
          for (const sheet of old) context.workbook.worksheets.getItem(sheet.id).delete();
          hooks.afterFeatures?.(sheets);
        },
      },
    );
    return { ...report, syncs: report.syncs + extraSyncs };
  } catch (error) {
    await restore(context, old, added, free.sheets);
    throw error;
  }
}

/** After a failed write: the new sheets that were added go, the old ones get their names back. */
async function restore(context: Excel.RequestContext, old: OldSheet[], added: string[], before: string[]): Promise<void> {
  const now = context.workbook.worksheets.load('items/name,items/id');
  await context.sync();
  const mine = new Set(added.filter((name) => !before.some((b) => b.toLowerCase() === name.toLowerCase())));
  const oldIds = new Set(old.map((sheet) => sheet.id));
  for (const sheet of now.items) if (mine.has(sheet.name) && !oldIds.has(sheet.id)) sheet.delete();
  for (const sheet of old) if (now.items.some((s) => s.id === sheet.id)) context.workbook.worksheets.getItem(sheet.id).name = sheet.name;
  await context.sync();
}
