// The cells the clerk means, as text, for 从选区导入 and 分析当前表格: the selection, or, when only
// one cell is selected, the Excel table that cell is in. Only the part inside the sheet's used
// range is read, so selecting whole columns does not load a million empty rows; a long one is read
// in bands of rows (read-rows.ts), since Excel on the web returns at most 5 MB a sync.
// Merged areas need ExcelApi 1.13 (newer than the manifest's 1.10): a merged heading reads as one
// value over blanks, which the tasks layer fills down as for a text export.

import { cellTexts } from './cell-texts';
import { blockOf, readBlocks, usedPart } from './read-rows';

export interface SelectedCells {
  sheet: string;
  /** Worksheet id: stable when the clerk renames the tab. */
  sheetId: string;
  /** 「Sheet1!A1:F40」 as Excel reports it. */
  address: string;
  /** 1-based worksheet row of the first cell, so messages name the rows the clerk sees. */
  firstRow: number;
  /** 0-based worksheet column of the first cell, to find a flagged cell again. */
  left: number;
  /** The sheet is protected: nothing can be marked on it. */
  sheetProtected: boolean;
  values: string[][];
}

export async function readSelectedCells(context: Excel.RequestContext): Promise<SelectedCells | undefined> {
  const selected = context.workbook.getSelectedRange().load('rowCount,columnCount');
  const tables = selected.getTables(false).load('items/name');
  const worksheet = selected.worksheet.load('name,id');
  const protection = worksheet.protection.load('protected');
  await context.sync();
  const single = selected.rowCount === 1 && selected.columnCount === 1;
  const table = tables.items[0];
  const target = single && table ? table.getRange() : selected;
  const used = usedPart(worksheet, target);
  await context.sync();
  const block = blockOf(worksheet, used, true);
  if (!block) return undefined;
  const {
    cells: [cells],
  } = await readBlocks(context, [block]);
  return {
    sheet: worksheet.name,
    sheetId: worksheet.id,
    address: used.address,
    firstRow: used.rowIndex + 1,
    left: used.columnIndex,
    sheetProtected: protection.protected,
    values: cellTexts(cells?.values ?? [], cells?.numberFormat),
  };
}
