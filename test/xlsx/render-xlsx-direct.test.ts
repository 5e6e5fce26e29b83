// The direct writer (render-xlsx.ts) against the ExcelJS sheet writer (add-sheet.ts, which
// 回收汇总 still uses on a loaded workbook, and which wrote every workbook before): the same plan must
// read back the same, cell by cell, on the sample plan, a bureau's returnable list and the seeds.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook, type Cell, type Worksheet } from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { planBureauWorkbooks } from '../../src/core/plan/bureau-workbooks';
import { planWorkbook } from '../../src/core/plan/workbook';
import type { WorkbookPlan } from '../../src/core/plan/workbook-plan';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { directoryToRows } from '../../src/core/units/directory-rows';
import { FIXED_DATE, finishPackage, UNCOMPRESSED } from '../../src/xlsx/package';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { addSheet } from '../../src/xlsx/add-sheet';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { DIRECTORY_ROWS, sampleAnalysis } from '../core/plan/analysis-fixture';

/** The plan as the ExcelJS writer makes it (the renderer before the direct one). */
async function throughExcelJS(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = '分工表助手 RespMatrix';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of plan.sheets) await addSheet(workbook, sheet, plan.styles);
  return finishPackage(new Uint8Array((await workbook.xlsx.writeBuffer(UNCOMPRESSED)) as ArrayBuffer));
}

async function opened(bytes: Uint8Array): Promise<Workbook> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.workbook;
}

/** What a clerk sees of a cell: value, link, note, look, lock and dropdown. */
function cellView(cell: Cell) {
  const note = cell.note;
  return {
    value: cell.master === cell ? cell.value : null,
    note: typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join(''),
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    border: cell.border,
    alignment: cell.alignment,
    locked: cell.protection?.locked,
    validation: cell.dataValidation,
  };
}

function sheetView(worksheet: Worksheet, plan: WorkbookPlan) {
  const sheet = plan.sheets.find((s) => s.name === worksheet.name);
  const width = Math.max(sheet?.columns.length ?? 0, ...(sheet?.rows ?? []).map((r) => r.length));
  const height = sheet?.rows.length ?? 0;
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= height; r++) for (let c = 1; c <= width; c++) cells[worksheet.getCell(r, c).address] = cellView(worksheet.getCell(r, c));
  return {
    cells,
    heights: Array.from({ length: height }, (_, r) => worksheet.getRow(r + 1).height),
    // ExcelJS leaves out a width of 9, its default (Excel then shows 8.43); the direct writer writes 9 as planned.
    columns: Array.from({ length: width }, (_, c) => ({ width: worksheet.getColumn(c + 1).width ?? 9, hidden: worksheet.getColumn(c + 1).hidden })),
    merges: [...worksheet.model.merges].sort(),
    views: (worksheet.views ?? []).map((v) => ('state' in v && v.state === 'frozen' ? { xSplit: v.xSplit ?? 0, ySplit: v.ySplit ?? 0 } : 'normal')),
    tables: (worksheet.getTables() as unknown as Array<{ table: { name: string; tableRef: string; headerRow: boolean; columns: Array<{ name: string }>; style: unknown } }>).map(
      ({ table }) => ({ name: table.name, ref: table.tableRef, header: table.headerRow, columns: table.columns.map((c) => c.name), style: table.style }),
    ),
    page: worksheet.pageSetup,
    protected: Boolean((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
  };
}

async function expectSameWorkbook(plan: WorkbookPlan): Promise<void> {
  const [expected, actual] = await Promise.all([throughExcelJS(plan).then(opened), renderXlsx(plan).then(opened)]);
  expect(actual.worksheets.map((w) => w.name)).toEqual(expected.worksheets.map((w) => w.name));
  for (const worksheet of expected.worksheets) {
    const written = actual.getWorksheet(worksheet.name);
    if (!written) throw new Error(`no sheet ${worksheet.name}`);
    expect({ sheet: worksheet.name, ...sheetView(written, plan) }).toEqual({ sheet: worksheet.name, ...sheetView(worksheet, plan) });
  }
  expect(actual.modified).toEqual(expected.modified);
  expect(actual.creator).toEqual(expected.creator);
}

async function seedDocuments(): Promise<SourceDocument[]> {
  const seeds = join(__dirname, '../../seeds');
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(seeds).sort()) {
    const read = await readDocument(name, readFileSync(join(seeds, name)));
    if (read.ok) documents.push(read.value);
  }
  return documents;
}

describe('renderXlsx gives the workbook the ExcelJS writer gives', () => {
  test('for the sample plan with a sheet per bureau', async () => {
    await expectSameWorkbook(planWorkbook(sampleAnalysis(), { directoryRows: DIRECTORY_ROWS, unitSheets: true }));
  });

  test('for a bureau’s returnable, protected list', async () => {
    for (const bureau of planBureauWorkbooks(sampleAnalysis())) await expectSameWorkbook(bureau.plan);
  });

  test('for the seeds, one import sheet per table, and for their first bureau’s list', async () => {
    const analysis = analyse(await seedDocuments());
    await expectSameWorkbook(planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), on: '2025-07-01', importSheets: 'table', unitSheets: true }));
    const [first] = planBureauWorkbooks(analysis);
    if (!first) throw new Error('no bureau');
    await expectSameWorkbook(first.plan);
  }, 120_000);
});
