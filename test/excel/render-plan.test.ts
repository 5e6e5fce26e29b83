// The Office.js renderer against the fake workbook: the seeds' plan reads back as the .xlsx does,
// in a few syncs that do not grow with the rows, with text kept as text and no user sheet touched.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analysis';
import { cellValues, type CellValue } from '../../src/core/plan/cell-values';
import { planBureauWorkbooks } from '../../src/core/plan/bureau-workbooks';
import { planWorkbook } from '../../src/core/plan/workbook';
import type { WorkbookPlan } from '../../src/core/plan/workbook-plan';
import { readDocument } from '../../src/core/read';
import { directoryToRows } from '../../src/core/units/directory-rows';
import { plannedNotes } from '../../src/excel/comments';
import { renderPlanIntoWorkbook, type WorkbookNames } from '../../src/excel/render-plan';
import { MAX_CELLS_PER_WRITE } from '../../src/excel/cell-chunks';
import { MAX_LINK_RUN } from '../../src/excel/link-cells';
import { MAX_BATCH_BYTES } from '../../src/excel/sync-budget';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { seedRows, readSeeds, syntheticExport } from '../../scripts/bench/synthetic';
import { loadWorkbook, readValues } from '../xlsx/read-back';
import { sampleAnalysis } from '../core/plan/analysis-fixture';
import { FakeExcel, REQUEST_LIMIT_BYTES, type FakeSheet } from './fake-excel';

const SEEDS = join(__dirname, '../../seeds');

async function analyseFiles(files: Array<{ source: string; bytes: Uint8Array }>): Promise<Analysis> {
  const documents = [];
  for (const { source, bytes } of files) {
    const read = await readDocument(source, bytes);
    if (!read.ok) throw new Error(`${source}: ${read.error.message}`);
    documents.push(read.value);
  }
  return analyse(documents);
}

const planFor = (analysis: Analysis) => (existing: WorkbookNames) =>
  planWorkbook(analysis, { existingSheetNames: existing.sheets, existingTableNames: existing.tables, directoryRows: directoryToRows(analysis.directory) });

/** A sheet of the fake read back like cellValues: null for empty, over the plan's rows and columns. */
function readBack(sheet: FakeSheet, rows: number, columns: number): CellValue[][] {
  return sheet.grid(rows, columns).map((row) => row.map((v) => (v === '' ? null : (v as CellValue))));
}

function valuesOf(excel: FakeExcel, plan: WorkbookPlan): Record<string, CellValue[][]> {
  return Object.fromEntries(plan.sheets.map((s) => [s.name, readBack(excel.sheet(s.name), s.rows.length, s.columns.length)]));
}

describe('the seeds rendered into an open workbook', () => {
  let analysis: Analysis;
  let excel: FakeExcel;
  let plan: WorkbookPlan;
  let syncs: number;
  let notes: number;

  beforeAll(async () => {
    analysis = await analyseFiles(readdirSync(SEEDS).sort().map((source) => ({ source, bytes: readFileSync(join(SEEDS, source)) })));
    excel = new FakeExcel(['Sheet1', '说明']);
    excel.sheet('Sheet1').cell(0, 0).value = '用户的数据';
    ({ plan, syncs, notes } = await renderPlanIntoWorkbook(excel.requestContext, planFor(analysis)));
  });

  test('new sheets follow the user’s, and a name already in use is not reused', () => {
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', '说明', ...plan.sheets.map((s) => s.name)]);
    expect(plan.sheets[0]?.name).toBe('说明(2)');
  });

  test('the user’s sheets are never written to', () => {
    expect(excel.sheet('Sheet1').writes).toBe(0);
    expect(excel.sheet('说明').writes).toBe(0);
    expect(excel.sheet('Sheet1').cell(0, 0).value).toBe('用户的数据');
  });

  test('every sheet reads back exactly as cellValues(plan), as the .xlsx renderer’s does', async () => {
    const fromExcel = valuesOf(excel, plan);
    expect(fromExcel).toEqual(cellValues(plan));
    const xlsx = await loadWorkbook(await renderXlsx(plan));
    expect(readValues(xlsx, plan)).toEqual(fromExcel);
  });

  test('text cells are in the text format before their values are written, so none is parsed', () => {
    const cells = plan.sheets.flatMap((s) => [...excel.sheet(s.name).cells()]);
    expect(cells.filter((c) => c.parsedFrom !== undefined)).toEqual([]);
    const texts = plan.sheets.flatMap((s) => s.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell?.kind === 'text' ? [excel.sheet(s.name).cell(r, c)] : []))));
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.every((cell) => cell.numberFormat === '@')).toBe(true);
  });

  test('three syncs: names, cells with the features after them, comments', () => {
    expect(syncs).toBe(3);
    expect(excel.syncs).toHaveLength(3);
  });

  test('links, severity fills, tables, frozen panes, dropdowns and print setup arrive', () => {
    const flags = plan.sheets.find((s) => s.name === '审核问题');
    if (!flags?.table) throw new Error('no 审核问题 table');
    const sheet = excel.sheet(flags.name);
    const link = flags.rows[1]?.find((cell) => cell?.kind === 'link');
    const linkAt = flags.rows[1]?.indexOf(link ?? null) ?? -1;
    expect(sheet.cell(1, linkAt).hyperlink?.documentReference).toMatch(/^'.+'!\$?[A-Z]+\d+$/);
    expect(sheet.tables).toEqual([{ name: flags.table.name, address: expect.stringMatching(/^A1:/), hasHeaders: true, style: 'TableStyleLight1', showBandedRows: false }]);
    expect(sheet.validations[0]?.rule).toEqual({ list: { inCellDropDown: true, source: '待处理,已确认,忽略' } });
    expect(sheet.frozen).toBeDefined();
    expect(sheet.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$1:$1' });
    const fills = new Set([...sheet.cells()].map((c) => c.format['fill.color']).filter(Boolean));
    // Header, 处理状态 to fill in, and the three severities.
    expect(fills).toEqual(new Set(['#D9E1F2', '#FFFFF0', '#FFC7CE', '#FFEB9C', '#DDEBF7']));
    expect(excel.active).toBe(plan.sheets[0]?.name);
  });

  test('every note becomes a comment on its cell', () => {
    expect(notes).toBeGreaterThan(100);
    expect(excel.comments).toHaveLength(notes);
  });
});

describe('the renderer’s guards', () => {
  const seed = () => [{ source: '001.txt', bytes: readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[1] ?? '')) }];

  test('a plan naming a sheet already in the workbook is refused before anything is written', async () => {
    const analysis = await analyseFiles(seed());
    const excel = new FakeExcel(['单位汇总']);
    const stale = planFor(analysis)({ sheets: [], tables: [] });
    await expect(renderPlanIntoWorkbook(excel.requestContext, () => stale)).rejects.toThrow('工作簿中已有名为「单位汇总」');
    expect(excel.sheets.map((s) => s.name)).toEqual(['单位汇总']);
  });

  test('when Excel refuses comments, the sheets are still complete and the reason is reported', async () => {
    const analysis = await analyseFiles(seed());
    const excel = new FakeExcel();
    excel.refuseComments = 'GeneralException: no author';
    const report = await renderPlanIntoWorkbook(excel.requestContext, planFor(analysis));
    expect(report.commentsRefused?.failure).toEqual({ code: 'GeneralException', message: 'GeneralException: no author' });
    // A refusal that is not about one cell stops: every note is named as left without a comment.
    expect(report.commentsRefused?.cells).toEqual(plannedNotes(report.plan).map((note) => note.address));
    expect(valuesOf(excel, report.plan)).toEqual(cellValues(report.plan));
  });

  test('a comment refused on one cell costs that cell only: the rest of its batch is added and the cell is named', async () => {
    const analysis = await analyseFiles(seed());
    const excel = new FakeExcel();
    const planned = plannedNotes(planFor(analysis)({ sheets: ['Sheet1'], tables: [] }));
    const refused = planned[3]?.address ?? '';
    excel.refuseCommentAt = refused;
    const report = await renderPlanIntoWorkbook(excel.requestContext, planFor(analysis));
    expect(report.commentsRefused?.cells).toEqual([refused]);
    expect(report.commentsRefused?.failure.code).toBe('InvalidArgument');
    expect(excel.comments.map((c) => c.address)).toEqual(planned.map((note) => note.address).filter((address) => address !== refused));
  });
});

describe('a plan over the request size limit', () => {
  // Excel's limits cut a plan of 20,000 task rows into several batches (`npm run bench` renders one).
  // Lowered forty-fold, in the renderer and in the fake alike, they cut a plan of 1,000 rows the same way.
  const SCALE = 40;
  const limits = { batchBytes: Math.floor(MAX_BATCH_BYTES / SCALE), cellsPerWrite: MAX_CELLS_PER_WRITE / SCALE, linksPerWrite: MAX_LINK_RUN / SCALE };

  test('takes the same phases, in batches each under Excel’s limit as Office.js sends them, their number bounded by the bytes and not the rows', async () => {
    const sample = await seedRows(readSeeds());
    const analysis = await analyseFiles([{ source: 'synthetic.txt', bytes: syntheticExport(sample, 1_000) }]);
    const excel = new FakeExcel();
    excel.requestLimitBytes = Math.floor(REQUEST_LIMIT_BYTES / SCALE);
    const { plan, syncs } = await renderPlanIntoWorkbook(excel.requestContext, planFor(analysis), { limits });
    const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
    expect(rows).toBeGreaterThan(1_000);
    expect(syncs).toBe(excel.syncs.length);
    // The batches as the fake measures them (as Office.js sends them), not by the renderer's own estimate.
    expect(Math.max(...excel.syncs.map((s) => s.bytes))).toBeLessThanOrEqual(excel.requestLimitBytes);
    // Chunked beyond the three phases; and since a batch is synced only when the next write would not fit,
    // two consecutive batches hold more than the budget: at most two batches per budget's worth of bytes.
    const bytes = excel.syncs.reduce((n, s) => n + s.bytes, 0);
    expect(syncs).toBeGreaterThan(4);
    expect(syncs).toBeLessThanOrEqual(3 + (2 * bytes) / limits.batchBytes);
    const importSheet = plan.sheets[1];
    if (!importSheet) throw new Error('no import sheet');
    expect(readBack(excel.sheet(importSheet.name), importSheet.rows.length, importSheet.columns.length)).toEqual(cellValues(plan)[importSheet.name]);
  });
});

describe('a returnable 任务-单位 sheet in the open workbook', () => {
  test('gets its dropdown and unlocked fill-in cells before protection, and hides the key and unit columns', async () => {
    const [bureau] = planBureauWorkbooks(sampleAnalysis());
    if (!bureau) throw new Error('no bureau');
    const excel = new FakeExcel();
    await renderPlanIntoWorkbook(excel.requestContext, () => bureau.plan);
    const sheet = excel.sheet(bureau.plan.sheets[0]?.name ?? '');
    expect(sheet.protection).toEqual({ allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true });
    expect(sheet.hiddenColumns.sort()).toEqual([13, 14]);
    expect(sheet.validations.map((v) => v.address)).toEqual(['J4:J5']);
    expect([sheet.cell(3, 9).format['protection.locked'], sheet.cell(4, 12).format['protection.locked'], sheet.cell(3, 5).format['protection.locked']]).toEqual([false, false, undefined]);
  });
});
