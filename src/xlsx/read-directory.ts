// Reading the 「单位名录」 sheet back out of a workbook the clerk edited, as rows of text for the
// units layer (directoryFromRows). Any cell is read as the text it shows.

import { Workbook, type CellValue } from 'exceljs';
import { failure, success, type Result } from '../core/result';

export const DIRECTORY_SHEET = '单位名录';

export async function readDirectoryRows(bytes: Uint8Array, sheetName = DIRECTORY_SHEET): Promise<Result<string[][]>> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return failure('not-xlsx', '无法打开这个 Excel 文件（.xlsx）：文件可能已损坏，或不是 .xlsx 格式。');
  }
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) return failure('no-directory-sheet', `工作簿中没有「${sheetName}」工作表。`);
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = Array.from({ length: worksheet.columnCount }, (_, i) => textOf(row.getCell(i + 1).value));
    rows.push(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1]?.every((v) => v === '')) rows.pop();
  return success(rows);
}

function textOf(value: CellValue): string {
  return rawText(value).trim();
}

function rawText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object' || value instanceof Date) return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return String(value.result ?? '');
  return '';
}
