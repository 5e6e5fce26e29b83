// Page setup: A4, orientation, one page wide (as many tall as needed), header rows on every page.

import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../core/plan/workbook-plan';

const A4 = 9;

export function setPrint(worksheet: Worksheet, sheet: SheetPlan): void {
  const { orientation, fitToWidth, repeatRows } = sheet.print;
  worksheet.pageSetup = {
    paperSize: A4,
    orientation,
    ...(fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(repeatRows > 0 ? { printTitlesRow: `1:${repeatRows}` } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
