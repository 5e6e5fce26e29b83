// 清除标记: what 分析当前表格 added, taken away exactly. Each marked cell gets its recorded fill
// back (no fill cleared, not painted white), unless the clerk has recoloured it since; the comments
// added are deleted by id, and so are the sheets written beside the table. Nothing else is touched.
// Syncs: the record · the cells' fills, comments, sheets and statuses · the removal.

import { readFlagStatuses, type FlagStatuses } from '../core/plan/flags-sheet';
import { cellTexts } from './cell-texts';
import { loadMarkRecords, queueMarkRecords, type MarkedCell, type MarkRecord } from './mark-record';

export interface ClearReport {
  /** Cells given their fill back. */
  restored: number;
  /** Marked cells the clerk has recoloured since: left as they are. */
  kept: number;
  comments: number;
  sheets: number;
  /** 处理状态 the clerk set on the removed 审核问题 sheets, by 问题键: a new analysis keeps them. */
  flagStatuses: FlagStatuses;
  syncs: number;
}

/** Clears the marks of one sheet (by id) or of every sheet; undefined when there were none. */
export async function clearMarks(context: Excel.RequestContext, onlySheetId?: string): Promise<ClearReport | undefined> {
  const stored = loadMarkRecords(context);
  const sheets = context.workbook.worksheets.load('items/id');
  await context.sync();
  const records = stored.value;
  const chosen = records.filter((record) => onlySheetId === undefined || record.sheetId === onlySheetId);
  if (chosen.length === 0) return undefined;
  const exists = new Set(sheets.items.map((sheet) => sheet.id));

  const reads = chosen.map((record) => readBack(context, record, exists));
  // The ids of the workbook's comments, to know which added ones remain: CommentCollection.load is
  // ExcelApi 1.10, where getItemOrNullObject would need 1.14 (not in older Excel 2019-era builds).
  const comments = context.workbook.comments.load('items/id');
  await context.sync();
  const remaining = new Set(comments.items.map((comment) => comment.id));
  const locked = reads.find((read) => read.protection?.protected);
  if (locked) throw new Error(`工作表「${locked.name ?? ''}」受保护，无法恢复单元格颜色：请先撤销工作表保护，再点击「清除标记」。`);

  const report: ClearReport = { restored: 0, kept: 0, comments: 0, sheets: 0, flagStatuses: {}, syncs: 3 };
  const removing = new Set(reads.flatMap((read) => read.sheets));
  for (const read of reads) {
    for (const { cell, now } of read.fills) {
      if (now.color?.toUpperCase() === cell.mark.toUpperCase()) {
        restoreFill(now, cell);
        report.restored++;
      } else report.kept++;
    }
    for (const id of read.comments) {
      if (!remaining.has(id)) continue;
      context.workbook.comments.getItem(id).delete();
      report.comments++;
    }
    if (read.statuses) Object.assign(report.flagStatuses, readFlagStatuses(cellTexts(read.statuses.values)));
  }
  // A workbook must keep one sheet: if the clerk deleted everything else, the last one stays.
  const deletable = removing.size < sheets.items.length ? [...removing] : [...removing].slice(1);
  for (const id of deletable) context.workbook.worksheets.getItem(id).delete();
  report.sheets = deletable.length;
  queueMarkRecords(
    context,
    records.filter((record) => !chosen.includes(record)),
    true,
  );
  await context.sync();
  return report;
}

/** What must be read before anything is removed: the cells' fills now, which comments remain, the statuses. */
function readBack(context: Excel.RequestContext, record: MarkRecord, exists: Set<string>) {
  const onSheet = exists.has(record.sheetId);
  const worksheet = onSheet ? context.workbook.worksheets.getItem(record.sheetId).load('name') : undefined;
  const flags = record.sheets.find((sheet) => sheet.role === 'flags' && exists.has(sheet.id));
  return {
    get name() {
      return worksheet?.name;
    },
    protection: worksheet?.protection.load('protected'),
    fills: worksheet ? record.cells.map((cell) => ({ cell, now: worksheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.fill.load('color') })) : [],
    comments: record.comments,
    sheets: record.sheets.filter((sheet) => exists.has(sheet.id)).map((sheet) => sheet.id),
    statuses: flags ? context.workbook.worksheets.getItem(flags.id).getUsedRange(true).load('values') : undefined,
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
