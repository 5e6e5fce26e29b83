// One WorkbookPlan into the open workbook, in a fixed number of batches whatever its size:
//  1. load the names of the sheets and tables already there (the plan must not reuse them);
//  2. add every sheet, then write cells in blocks (number format before values, so text stays
//     text), links, styles by rectangles of equal style, widths, heights and merges; synced only
//     when a batch nears the request size limit; then, queued after every cell in the last of
//     those batches (in a batch of their own when the hooks need the new sheets' ids and nothing was
//     synced yet), tables, frozen panes, dropdowns, page setup, and activate the first new sheet;
//  3. comments for the notes, last, so that a host refusing them costs nothing else.
// Sheets already in the workbook are never written to: a plan that names one is refused whole.

import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { cellChunks } from './cell-chunks';
import { addComments, plannedNotes, type CommentsAdded } from './comments';
import { linkRuns } from './link-cells';
import { applyStyles, styleRequests } from './range-format';
import { featureBytes, queueFeatures, queueLayout } from './sheet-layout';
import { styleAreas } from './style-areas';
import { requestBytes, SyncBudget } from './sync-budget';

export interface WorkbookNames {
  sheets: string[];
  tables: string[];
}

/** For a render that replaces earlier sheets (a re-run): what is already known and what goes into its batches. */
export interface RenderHooks {
  /** The batch budget (MAX_BATCH_BYTES), cells per write (MAX_CELLS_PER_WRITE) and links per request (MAX_LINK_RUN), lowered by a test to show the chunking on a small plan. */
  limits?: { batchBytes: number; cellsPerWrite: number; linksPerWrite: number };
  /** The workbook's names, already loaded by the caller: saves the first sync. */
  existing?: WorkbookNames;
  /** Queued before the first write (old sheets renamed aside). */
  beforeWrites?: () => void;
  /** Queued last in the features batch, given the new worksheets with their ids loaded (old sheets deleted, the record written). */
  afterFeatures?: (sheets: Array<{ name: string; id: string }>) => void;
  /** What afterFeatures queues, when it is more than a few requests: reserved with the features. */
  afterFeaturesBytes?: number;
}

export interface RenderReport {
  plan: WorkbookPlan;
  /** context.sync() calls made, the names' load included. */
  syncs: number;
  notes: number;
  /** The cells Excel gave no comment, and why, when it refused some. */
  commentsRefused?: CommentsAdded['refused'];
}

export async function renderPlanIntoWorkbook(
  context: Excel.RequestContext,
  planFor: (existing: WorkbookNames) => WorkbookPlan,
  hooks: RenderHooks = {},
): Promise<RenderReport> {
  const budget = new SyncBudget(context, hooks.limits?.batchBytes);
  const existing = hooks.existing ?? (await loadNames(context, budget));
  const plan = planFor(existing);
  refuseClashes(plan, existing);

  hooks.beforeWrites?.();
  const worksheets = plan.sheets.map((sheet) => context.workbook.worksheets.add(sheet.name));
  if (hooks.afterFeatures) worksheets.forEach((worksheet) => worksheet.load('id'));
  const syncsBeforeAdds = budget.syncs;
  for (const [i, sheet] of plan.sheets.entries()) {
    const worksheet = worksheets[i];
    for (const chunk of cellChunks(sheet, hooks.limits?.cellsPerWrite)) {
      await budget.reserve(requestBytes(chunk, 2));
      const range = worksheet.getRangeByIndexes(chunk.row, 0, chunk.values.length, sheet.columns.length);
      range.numberFormat = chunk.numberFormat;
      range.values = chunk.values;
    }
    for (const { at, cells } of linkRuns(sheet, hooks.limits?.linksPerWrite)) {
      await budget.reserve(requestBytes(cells));
      worksheet.getRangeByIndexes(at.row, at.column, cells.length, 1).setCellProperties(cells);
    }
    for (const area of styleAreas(sheet)) {
      await budget.reserve(requestBytes(area.address, styleRequests(area.styles, plan.styles, area)));
      applyStyles(worksheet.getRanges(area.address), area.styles, plan.styles, area);
    }
    await queueLayout(worksheet, sheet, budget);
  }
  // The features go after every cell, in the same batch as the last of them when they fit; but
  // afterFeatures needs the new sheets' ids, known only once the batch adding them is synced.
  if (hooks.afterFeatures && budget.syncs === syncsBeforeAdds) await budget.sync();
  await budget.reserve(plan.sheets.reduce((n, sheet) => n + featureBytes(sheet), hooks.afterFeaturesBytes ?? 0));
  plan.sheets.forEach((sheet, i) => queueFeatures(worksheets[i], sheet));
  worksheets[0]?.activate();
  hooks.afterFeatures?.(plan.sheets.map((sheet, i) => ({ name: sheet.name, id: worksheets[i]?.id ?? '' })));
  await budget.sync();

  const notes = plannedNotes(plan);
  const { refused } = await addComments(context, notes, budget, hooks.limits ? { maxBytes: hooks.limits.batchBytes } : {});
  return { plan, syncs: budget.syncs, notes: notes.length, ...(refused ? { commentsRefused: refused } : {}) };
}

async function loadNames(context: Excel.RequestContext, budget: SyncBudget): Promise<WorkbookNames> {
  const sheetItems = context.workbook.worksheets.load('items/name');
  const tableItems = context.workbook.tables.load('items/name');
  await budget.sync();
  return { sheets: sheetItems.items.map((s) => s.name), tables: tableItems.items.map((t) => t.name) };
}

/** Excel compares sheet names, and table names, without regard to case. */
function refuseClashes(plan: WorkbookPlan, existing: WorkbookNames): void {
  const sheets = new Set(existing.sheets.map((name) => name.toLowerCase()));
  const tables = new Set(existing.tables.map((name) => name.toLowerCase()));
  const clash =
    plan.sheets.find((s) => sheets.has(s.name.toLowerCase()))?.name ??
    plan.sheets.find((s) => s.table && tables.has(s.table.name.toLowerCase()))?.table?.name;
  if (clash) throw new Error(`工作簿中已有名为「${clash}」的工作表或表格；为免覆盖，未写入任何内容。`);
}
