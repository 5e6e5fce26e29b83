// Reading the 「单位名录」 sheet back out of a workbook the clerk edited, as rows of text for the
// units layer (directoryFromRows). Any cell is read as the text it shows.

import { failure, failureBecause, success, type Result } from '../core/result';
import { loadWorkbook, sheetText } from './read-workbook';

export const DIRECTORY_SHEET = '单位名录';

export async function readDirectoryRows(bytes: Uint8Array, sheetName = DIRECTORY_SHEET): Promise<Result<string[][]>> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return failureBecause('not-xlsx', '无法打开这个 Excel 文件（.xlsx）：', loaded.error);
  const worksheet = loaded.value.workbook.getWorksheet(sheetName);
  if (!worksheet) return failure('no-directory-sheet', `工作簿中没有「${sheetName}」工作表。`, { sheet: sheetName });
  const rows = sheetText(worksheet).cells.map((row) => row.map((cell) => cell.trim()));
  while (rows.length > 0 && rows[rows.length - 1]?.every((v) => v === '')) rows.pop();
  return success(rows);
}
