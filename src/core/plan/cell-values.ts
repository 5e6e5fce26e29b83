// The values of a plan as a renderer writes them, sheet by sheet: text and links as their text,
// numbers as numbers, blank and absent cells as null. Every rendering of the plan must read back
// as exactly this (the .xlsx test now, the Office.js test later).

import type { CellPlan, WorkbookPlan } from './workbook-plan';

export type CellValue = string | number | null;

export function cellValues(plan: WorkbookPlan): Record<string, CellValue[][]> {
  return Object.fromEntries(
    plan.sheets.map((sheet) => [sheet.name, sheet.rows.map((row) => sheet.columns.map((_, column) => valueOf(row[column] ?? null)))]),
  );
}

export function valueOf(cell: CellPlan | null): CellValue {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
    case 'link':
      return cell.text;
    case 'number':
      return cell.value;
    case 'blank':
      return null;
  }
}
