// The 问题 panel's two workbook calls: select the flagged cell, and write a flag's 处理状态 into the
// 审核问题 row that carries its 问题键 (found by key, never by row number, since a clerk may sort).

import { FLAG_KEY_LABEL } from '../core/plan/flags-sheet';
import { cellTexts } from './cell-texts';
import { loadSetting, parseRecord, RECORD_KEY } from './workbook-record';

const STATUS_LABEL = '处理状态';

export async function selectCell(context: Excel.RequestContext, target: { sheet: string; row: number; column: number }): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(target.row, target.column, 1, 1).select();
  await context.sync();
}

/** False when the workbook no longer has the flag's row (re-run since, or the sheet deleted). */
export async function writeFlagStatus(context: Excel.RequestContext, key: string, status: string): Promise<boolean> {
  const record = loadSetting(context, RECORD_KEY);
  await context.sync();
  const flags = parseRecord(record.value).find((sheet) => sheet.role === 'flags');
  if (!flags) return false;
  const sheet = context.workbook.worksheets.getItem(flags.id);
  const used = sheet.getUsedRange(true).load('values');
  await context.sync();
  const values = cellTexts(used.values);
  const header = values[0] ?? [];
  const row = values.findIndex((cells) => cells[header.indexOf(FLAG_KEY_LABEL)] === key);
  const column = header.indexOf(STATUS_LABEL);
  if (row < 1 || column < 0) return false;
  const cell = sheet.getRangeByIndexes(row, column, 1, 1);
  cell.numberFormat = [['@']];
  cell.values = [[status]];
  await context.sync();
  return true;
}
