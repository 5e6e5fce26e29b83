// The plan's Excel table (ListObject) with filter buttons. ExcelJS writes the table's rows into
// the cells itself, so this runs before writeCells, which then sets the same values with styles.

import type { Worksheet } from 'exceljs';
import { cellA1 } from '../core/plan/address';
import { valueOf } from '../core/plan/cell-values';
import type { SheetPlan } from '../core/plan/workbook-plan';

export function addTable(worksheet: Worksheet, sheet: SheetPlan): void {
  const table = sheet.table;
  if (!table) return;
  const { top, left, bottom, right } = table.range;
  const slice = (r: number) => Array.from({ length: right - left + 1 }, (_, i) => valueOf(sheet.rows[r]?.[left + i] ?? null));
  worksheet.addTable({
    name: table.name,
    ref: cellA1({ row: top, column: left }),
    headerRow: true,
    // No stripes: the severity colours must stay the only fills in the body.
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: slice(top).map((header, i) => ({ name: header === null ? `列${i + 1}` : String(header), filterButton: true })),
    rows: Array.from({ length: bottom - top }, (_, i) => slice(top + 1 + i)),
  });
}
