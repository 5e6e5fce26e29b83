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
    .map((sheet) => ({ sheet: context.workbook.worksheets.getItem(sheet.id), used: context.workbook.worksheets.getItem(sheet.id).getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount') }));
  if (reads.length === 0) return false;
  await context.sync();
  for (const { sheet, used } of reads) {
    const row = await keyRow(context, sheet, used, key);
    if (!row) continue;
    const cell = sheet.getRangeByIndexes(row.row, row.statusColumn, 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[status]];
    await context.sync();
    return true;
  }
  return false;
}

/** The header is looked for in this many rows at the top of the used range. */
const HEADER_ROWS = 10;

/**
 * The sheet row of a 问题键 and the 处理状态 column, or undefined. The used range starts wherever the
 * clerk's first value is, so the header is the row with both labels; then only the key column is read,
 * which keeps a long 审核问题 within Office's 5 MB response.
 */
async function keyRow(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range, key: string): Promise<{ row: number; statusColumn: number } | undefined> {
  const top = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(HEADER_ROWS, used.rowCount), used.columnCount).load('values');
  await context.sync();
  const values = cellTexts(top.values);
  const headerRow = values.findIndex((cells) => cells.includes(FLAG_KEY_LABEL) && cells.includes(STATUS_LABEL));
  if (headerRow < 0 || headerRow + 1 >= used.rowCount) return undefined;
  const [keyColumn, statusColumn] = [FLAG_KEY_LABEL, STATUS_LABEL].map((label) => used.columnIndex + values[headerRow].indexOf(label));
  const first = used.rowIndex + headerRow + 1;
  const keys = sheet.getRangeByIndexes(first, keyColumn, used.rowIndex + used.rowCount - first, 1).load('values');
  await context.sync();
  const at = cellTexts(keys.values).findIndex(([cell]) => cell === key);
  return at < 0 ? undefined : { row: first + at, statusColumn };
}
