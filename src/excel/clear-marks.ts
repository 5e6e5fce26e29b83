// 清除标记: what 分析当前表格 added, taken away exactly. Each marked cell gets its recorded fill
// back (no fill cleared, not painted white), unless the clerk has recoloured it since; the comments
// added are deleted by id, and so are the sheets written beside the table. Nothing else is touched.
// Syncs: the record (one more when it is kept in parts) · the cells' fills and the comments (in
// batches under the size limits) · the 处理状态 of the removed 审核问题, when asked for · the removal.

import { readFlagStatuses, type FlagStatuses } from '../core/plan/flags-sheet';
import { cellTexts } from './cell-texts';
import type { MarkedCell, MarkRecord } from './mark-record';
import { loadMarkStore, markStoreBytes, saveMarkStore } from './mark-store';
import { blockOf, readBlocks, usedPart } from './read-rows';
import { requestBytes, RESULT_FRAMING_BYTES, SyncBudget } from './sync-budget';

/** A comment's id as it comes back in a loaded list: {"id":"{GUID}"}. */
const COMMENT_ID_BYTES = 60;

/** Reading one cell's fill colour: its range, format and fill paths and the load; back comes {"color":"#RRGGBB"}. */
const FILL_READ = { request: requestBytes(null, 2), response: RESULT_FRAMING_BYTES + 20 };

export interface ClearReport {
  /** Cells given their fill back. */
  restored: number;
  /** Marked cells the clerk has recoloured since: left as they are. */
  kept: number;
  comments: number;
  sheets: number;
  /** 处理状态 the clerk set on the removed 审核问题 sheets, by 问题键: a new analysis keeps them (read only when asked for). */
  flagStatuses: FlagStatuses;
  syncs: number;
}

/** Clears the marks of one sheet (by id) or of every sheet; undefined when there were none. */
export async function clearMarks(context: Excel.RequestContext, only?: { sheetId: string; readStatuses: boolean }): Promise<ClearReport | undefined> {
  const budget = new SyncBudget(context);
  const stored = loadMarkStore(context);
  const sheets = context.workbook.worksheets.load('items/id');
  await budget.sync();
  const store = await stored.read();
  const records = store.records;
  const chosen = records.filter((record) => only === undefined || record.sheetId === only.sheetId);
  if (chosen.length === 0) return undefined;
  const exists = new Set(sheets.items.map((sheet) => sheet.id));

  // The ids of the workbook's comments, to know which added ones remain: CommentCollection.load is
  // ExcelApi 1.10, where getItemOrNullObject would need 1.14 (not in older Excel 2019-era builds).
  await budget.reserve(requestBytes(null), RESULT_FRAMING_BYTES + COMMENT_ID_BYTES * chosen.reduce((n, record) => n + record.comments.length, 0));
  const comments = context.workbook.comments.load('items/id');
  const reads = [];
  for (const record of chosen) reads.push(await readBack(context, record, exists, budget));
  await budget.sync();
  const remaining = new Set(comments.items.map((comment) => comment.id));
  const locked = reads.find((read) => read.protection?.protected);
  if (locked) throw new Error(`工作表「${locked.name ?? ''}」受保护，无法恢复单元格颜色：请先撤销工作表保护，再点击「清除标记」。`);

  const report: ClearReport = { restored: 0, kept: 0, comments: 0, sheets: 0, flagStatuses: {}, syncs: 0 };
  if (only?.readStatuses) {
    const blocks = reads.flatMap((read) => (read.statuses ? [blockOf(read.statuses.worksheet, read.statuses.used)] : [])).filter((block) => block !== undefined);
    const { cells, syncs } = await readBlocks(context, blocks);
    budget.syncs += syncs;
    for (const block of cells) Object.assign(report.flagStatuses, readFlagStatuses(cellTexts(block.values)));
  }
  const removing = new Set(reads.flatMap((read) => read.sheets));
  for (const read of reads) {
    for (const { cell, now } of read.fills) {
      if (now.color?.toUpperCase() === cell.mark.toUpperCase()) {
        await budget.reserve(requestBytes(cell.before, 2));
        restoreFill(now, cell);
        report.restored++;
      } else report.kept++;
    }
    for (const id of read.comments) {
      if (!remaining.has(id)) continue;
      await budget.reserve(requestBytes(id, 2));
      context.workbook.comments.getItem(id).delete();
      report.comments++;
    }
  }
  // A workbook must keep one sheet: if the clerk deleted everything else, the last one stays.
  const deletable = removing.size < sheets.items.length ? [...removing] : [...removing].slice(1);
  for (const id of deletable) context.workbook.worksheets.getItem(id).delete();
  report.sheets = deletable.length;
  const kept = records.filter((record) => !chosen.includes(record));
  await budget.reserve(markStoreBytes(kept));
  saveMarkStore(context, store, kept);
  await budget.sync();
  return { ...report, syncs: budget.syncs + store.syncs };
}

/** What must be read before anything is removed: the cells' fills now (in budgeted batches), which comments remain, where the statuses are. */
async function readBack(context: Excel.RequestContext, record: MarkRecord, exists: Set<string>, budget: SyncBudget) {
  const onSheet = exists.has(record.sheetId);
  const worksheet = onSheet ? context.workbook.worksheets.getItem(record.sheetId).load('name') : undefined;
  const flags = record.sheets.find((sheet) => sheet.role === 'flags' && exists.has(sheet.id));
  const fills = [];
  if (worksheet) {
    for (const cell of record.cells) {
      await budget.reserve(FILL_READ.request, FILL_READ.response);
      fills.push({ cell, now: worksheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.fill.load('color') });
    }
  }
  const flagsSheet = flags ? context.workbook.worksheets.getItem(flags.id) : undefined;
  return {
    get name() {
      return worksheet?.name;
    },
    protection: worksheet?.protection.load('protected'),
    fills,
    comments: record.comments,
    sheets: record.sheets.filter((sheet) => exists.has(sheet.id)).map((sheet) => sheet.id),
    statuses: flagsSheet ? { worksheet: flagsSheet, used: usedPart(flagsSheet) } : undefined,
  };
}

/** The fill as it was: none is cleared (white would hide the gridlines), a pattern goes back with its colour. */
function restoreFill(fill: Excel.RangeFill, cell: MarkedCell): void {
  // No fill before, or a fill that could not be read: the mark is taken off, not painted white.
  if (cell.before.pattern === 'None' || cell.before.pattern === 'Unknown') {
    fill.clear();
    return;
  }
  fill.color = cell.before.color;
  if (cell.before.pattern !== 'Solid') fill.pattern = cell.before.pattern as Excel.FillPattern;
}
