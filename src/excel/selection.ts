// The cells the clerk selected, as text, for 从选区导入. Only the part of the selection inside the
// sheet's used range is read, so selecting whole columns does not load a million empty rows.
// Merged areas need ExcelApi 1.13 (newer than the manifest's 1.10): a merged heading reads as one
// value over blanks, which the tasks layer fills down as for a text export.

import { cellTexts } from './cell-texts';

export interface SelectedCells {
  sheet: string;
  /** 「Sheet1!A1:F40」 as Excel reports it. */
  address: string;
  /** 1-based worksheet row of the first cell, so messages name the rows the clerk sees. */
  firstRow: number;
  values: string[][];
}

export async function readSelectedCells(context: Excel.RequestContext): Promise<SelectedCells | undefined> {
  const selected = context.workbook.getSelectedRange();
  const worksheet = selected.worksheet.load('name');
  const used = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true)).load('values, address, rowIndex');
  await context.sync();
  if (used.isNullObject) return undefined;
  return {
    sheet: worksheet.name,
    address: used.address,
    firstRow: used.rowIndex + 1,
    values: cellTexts(used.values),
  };
}
