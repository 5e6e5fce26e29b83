// Reading an .xlsx back the way a spreadsheet would show it, for comparison with cellValues(plan).

import { Workbook, type CellValue as ExcelValue } from 'exceljs';
import JSZip from 'jszip';
import type { CellValue } from '../../src/core/plan/cell-values';
import type { SheetPlan, WorkbookPlan } from '../../src/core/plan/workbook-plan';

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Each plan sheet's cells as read back, over the same rows and columns as the plan declares. */
export function readValues(workbook: Workbook, plan: WorkbookPlan): Record<string, CellValue[][]> {
  return Object.fromEntries(
    plan.sheets.map((sheet) => {
      const worksheet = workbook.getWorksheet(sheet.name);
      const rows = sheet.rows.map((_, r) =>
        sheet.columns.map((__, c) => {
          const cell = worksheet?.getCell(r + 1, c + 1);
          // ExcelJS answers a merged cell with its master's value; a spreadsheet shows it empty.
          return !cell || cell.master !== cell ? null : plainValue(cell.value);
        }),
      );
      return [sheet.name, rows];
    }),
  );
}

function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return `unexpected ${JSON.stringify(value)}`;
}

/** The raw XML of a package part, for what ExcelJS does not read back (location-only links). */
export async function partXml(bytes: Uint8Array, name: string): Promise<string> {
  const part = (await JSZip.loadAsync(bytes)).file(name);
  if (!part) throw new Error(`no part ${name}`);
  return part.async('string');
}

/** The worksheet part that holds the sheet named `name`, from workbook.xml and its relationships. */
export async function sheetPartName(bytes: Uint8Array, name: string): Promise<string> {
  const workbookXml = await partXml(bytes, 'xl/workbook.xml');
  const rels = await partXml(bytes, 'xl/_rels/workbook.xml.rels');
  const escaped = name.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no worksheet part for ${name}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** A sheet with nothing but its rows (width 10 per column, height 15 per row), for small writer tests. */
export function plainSheet(name: string, rows: SheetPlan['rows'], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    columns: Array.from({ length: Math.max(1, ...rows.map((row) => row.length)) }, () => 10),
    rows,
    rowHeights: rows.map(() => 15),
    merges: [],
    frozen: { rows: 0, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: false, repeatRows: 0 },
    ...extra,
  };
}
