// The 问题 panel's two workbook calls: select the flagged cell, and write a flag's 处理状态 into the
// 审核问题 row that carries its 问题键 (found by key, never by row number, since a clerk may sort,
// and placed from where the used range starts, since a clerk may insert rows or columns before it).

import { FLAG_KEY_LABEL, STATUS_LABEL } from '../core/plan/flags-sheet';
import { cellTexts } from './cell-texts';
import { loadMarkStore } from './mark-store';
import { loadSetting, parseRecord, RECORD_KEY } from './workbook-record';

export async function selectCell(context: Excel.RequestContext, target: { sheet: string; row: number; column: number }): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(target.row, target.column, 1, 1).select();
  await context.sync();
}

/**
 * Looks in the 审核问题 of the last 生成 and of each 分析当前表格; false when none has the flag's
 * row any more (re-run since, or the sheet deleted).
 */
export async function writeFlagStatus(context: Excel.RequestContext, key: string, status: string): Promise<boolean> {
  const record = loadSetting(context, RECORD_KEY);
  const marks = loadMarkStore(context);
  const sheets = context.workbook.worksheets.load('items/id');
  await context.sync();
  const exists = new Set(sheets.items.map((sheet) => sheet.id));
  const reads = [...parseRecord(record.value), ...(await marks.read()).records.flatMap((r) => r.sheets)]
    .filter((sheet) => sheet.role === 'flags' && exists.has(sheet.id))
    .map((sheet) => ({ sheet: context.workbook.worksheets.getItem(sheet.id), used: context.workbook.worksheets.getItem(sheet.id).getUsedRange(true).load('values,rowIndex,columnIndex') }));
  if (reads.length === 0) return false;
  await context.sync();
  for (const { sheet, used } of reads) {
    // The used range starts wherever the clerk's first value is: the header is the row with both labels.
    const values = cellTexts(used.values);
    const headerRow = values.findIndex((cells) => cells.includes(FLAG_KEY_LABEL) && cells.includes(STATUS_LABEL));
    const header = values[headerRow] ?? [];
    const row = values.findIndex((cells, r) => r > headerRow && cells[header.indexOf(FLAG_KEY_LABEL)] === key);
    if (headerRow < 0 || row < 0) continue;
    const cell = sheet.getRangeByIndexes(used.rowIndex + row, used.columnIndex + header.indexOf(STATUS_LABEL), 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[status]];
    await context.sync();
    return true;
  }
  return false;
}
