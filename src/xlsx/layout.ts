// Column widths, row heights, merged ranges and frozen panes.

import type { Worksheet } from 'exceljs';
import { rangeA1 } from '../core/plan/address';
import type { SheetPlan } from '../core/plan/workbook-plan';

export function setColumns(worksheet: Worksheet, sheet: SheetPlan): void {
  sheet.columns.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
}

export function setRowHeights(worksheet: Worksheet, sheet: SheetPlan): void {
  sheet.rowHeights.forEach((height, i) => {
    worksheet.getRow(i + 1).height = height;
  });
}

export function mergeRanges(worksheet: Worksheet, sheet: SheetPlan): void {
  for (const range of sheet.merges) worksheet.mergeCells(rangeA1(range));
}

export function freezePanes(worksheet: Worksheet, sheet: SheetPlan): void {
  const { rows, columns } = sheet.frozen;
  if (rows === 0 && columns === 0) return;
  worksheet.views = [{ state: 'frozen', xSplit: columns, ySplit: rows }];
}
