// The 问题 panel's two workbook calls: select the flagged cell, and write a flag's 处理状态 into the
// 审核问题 row that carries its 问题键 (found by key, never by row number, since a clerk may sort).

import { FLAG_KEY_LABEL } from '../core/plan/flags-sheet';
import { cellTexts } from './cell-texts';
import { loadMarkStore } from './mark-store';
import { loadSetting, parseRecord, RECORD_KEY } from './workbook-record';

const STATUS_LABEL = '处理状态';

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
    .map((sheet) => ({ sheet: context.workbook.worksheets.getItem(sheet.id), used: context.workbook.worksheets.getItem(sheet.id).getUsedRange(true).load('values') }));
  if (reads.length === 0) return false;
  await context.sync();
  for (const { sheet, used } of reads) {
    const values = cellTexts(used.values);
    const header = values[0] ?? [];
    const row = values.findIndex((cells) => cells[header.indexOf(FLAG_KEY_LABEL)] === key);
    const column = header.indexOf(STATUS_LABEL);
    if (row < 1 || column < 0) continue;
    const cell = sheet.getRangeByIndexes(row, column, 1, 1);
    cell.numberFormat = [['@']];
    cell.values = [[status]];
    await context.sync();
    return true;
  }
  return false;
}
