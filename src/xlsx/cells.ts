// Plan cells → worksheet cells: value by kind, style, note. A text cell's value is a JS string,
// which ExcelJS always writes as a string (a formula would have to be an object), so 「=SUM(1)」
// stays text.

import type { CellValue, Worksheet } from 'exceljs';
import type { CellPlan, SheetPlan, StyleName, StyleSpec } from '../core/plan/workbook-plan';
import { linkValue } from './links';
import { sharedStyle } from './styles';

export function excelValue(cell: CellPlan): CellValue {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'link':
      return linkValue(cell);
    case 'blank':
      return null;
  }
}

export function writeCells(worksheet: Worksheet, sheet: SheetPlan, styles: Record<StyleName, StyleSpec>): void {
  sheet.rows.forEach((row, r) => {
    row.forEach((planned, c) => {
      if (!planned) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = excelValue(planned);
      cell.style = sharedStyle(planned, styles);
      if (planned.note) cell.note = planned.note;
    });
  });
}
