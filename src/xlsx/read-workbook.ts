// A workbook loaded whole into ExcelJS, once it passed the checks of open-workbook.ts, and its sheets
// as the text each cell shows: for the --directory workbook and the pane's look at a chosen file.

import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import type JSZip from 'jszip';
import { failure, success, type Result } from '../core/result';
import { restoreInternalLinks } from './links';
import { DAMAGED, openWorkbookZip } from './open-workbook';

export interface LoadedWorkbook {
  workbook: Workbook;
  zip: JSZip;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Result<LoadedWorkbook>> {
  const opened = await openWorkbookZip(bytes);
  if (!opened.ok) return opened;
  const zip = opened.value;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return failure('damaged', DAMAGED);
  }
  await restoreInternalLinks(workbook, zip);
  return success({ workbook, zip });
}

export function sheetText(worksheet: Worksheet): { name: string; cells: string[][] } {
  const cells: string[][] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    cells[number - 1] = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  });
  return { name: worksheet.name, cells: Array.from(cells, (row) => row ?? []) };
}

/** The text a cell shows; a date as its ISO day, since ExcelJS gives dates as UTC midnight. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result instanceof Date ? value.result.toISOString().slice(0, 10) : String(value.result ?? '');
  if ('error' in value) return String(value.error);
  return '';
}
