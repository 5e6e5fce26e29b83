// The Office.js part of the benchmark: how many context.sync() calls the renderer makes for the
// seeds' workbook, for a second 生成 of them in place, for one of `rows` task rows, and for
// 分析当前表格 and 清除标记 on a pasted table of `rows` rows, counted on the fake workbook of the tests
// (test/excel/fake-excel.ts), which also checks every batch stays under the request size limit.

import { analyse } from '../../src/core/analyse';
import { planWorkbook } from '../../src/core/plan/workbook';
import { readDocument } from '../../src/core/read';
import { directoryToRows } from '../../src/core/units/directory-rows';
import { renderPlanIntoWorkbook } from '../../src/excel/render-plan';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { generate, readBatch } from '../../src/taskpane/workspace';
import type { RawRow } from '../../src/core/tables/raw-table';
import { clearMarks } from '../../src/excel/clear-marks';
import { markInPlace } from '../../src/excel/mark-cells';
import { readSelectedCells } from '../../src/excel/selection';
import { analyseInPlace, clearInPlace } from '../../src/taskpane/in-place';
import { FakeExcel } from '../../test/excel/fake-excel';
import { readSeeds, seedRows, syntheticExport, type Seed } from './synthetic';

export interface ExcelReport {
  seedSyncs: number;
  /** Syncs of the pane's second 生成 of the seeds into the same workbook (a re-run in place). */
  rerunSyncs: number;
  bigRows: number;
  bigSyncs: number;
  /** The largest batch of the big run, in MB of request data (the limit is ~5 MB). */
  bigLargestBatchMB: number;
  /** 分析当前表格 on a pasted table of bigRows rows: cells marked, syncs, the largest batch in MB. */
  inPlaceMarks: number;
  inPlaceSyncs: number;
  inPlaceLargestBatchMB: number;
  /** 清除标记 of those marks. */
  clearSyncs: number;
}

export async function benchExcel({ rows }: { rows: number }): Promise<ExcelReport> {
  const seeds = readSeeds();
  const seedRun = await render(seeds);
  const bigRun = await render([{ source: `synthetic-${rows}.txt`, bytes: syntheticExport(await seedRows(seeds), rows) }]);
  const inPlace = await inPlaceRun(await seedRows(seeds), rows);
  return {
    seedSyncs: seedRun.syncs.length,
    rerunSyncs: await rerunSyncs(seeds),
    bigRows: rows,
    bigSyncs: bigRun.syncs.length,
    bigLargestBatchMB: largestMB(bigRun.syncs),
    ...inPlace,
  };
}

function largestMB(syncs: FakeExcel['syncs']): number {
  return Math.round(Math.max(...syncs.map((s) => s.bytes)) / 1024 / 102.4) / 10;
}

/** The seeds' rows pasted into a sheet as one table of `rows` rows, analysed in place, then cleared. */
async function inPlaceRun(seedTable: RawRow[], rows: number): Promise<Pick<ExcelReport, 'inPlaceMarks' | 'inPlaceSyncs' | 'inPlaceLargestBatchMB' | 'clearSyncs'>> {
  const excel = new FakeExcel(['分工表']);
  const sheet = excel.sheet('分工表');
  ['序号', '名称', '2025年目标', '责任单位', '备注'].forEach((label, c) => (sheet.cell(0, c).value = label));
  for (let r = 0; r < rows; r++) {
    const [, ...rest] = seedTable[r % seedTable.length]?.cells ?? [];
    [String(r + 1), ...rest.map((cell) => cell.text)].forEach((text, c) => (sheet.cell(r + 1, c).value = text));
  }
  excel.selection = { sheet: '分工表', top: 0, left: 0, rows: rows + 1, columns: 5 };
  const context = excel.requestContext;
  const access = { readSelection: () => readSelectedCells(context), mark: (id: string, planFor: Parameters<typeof markInPlace>[2]) => markInPlace(context, id, planFor), clear: () => clearMarks(context) };
  const run = await analyseInPlace(INITIAL_STATE.choices, access, () => undefined);
  if (run.outcome.kind === 'failed') throw new Error(run.outcome.lines.join('\n'));
  const marked = [...sheet.cells()].filter((cell) => cell.format['fill.color'] !== undefined).length;
  const markSyncs = excel.syncs.length;
  await clearInPlace(access, () => undefined);
  return { inPlaceMarks: marked, inPlaceSyncs: markSyncs, inPlaceLargestBatchMB: largestMB(excel.syncs.slice(0, markSyncs)), clearSyncs: excel.syncs.length - markSyncs };
}

async function render(files: Seed[]): Promise<FakeExcel> {
  const documents = [];
  for (const { source, bytes } of files) {
    const read = await readDocument(source, bytes);
    if (read.ok) documents.push(read.value);
  }
  const analysis = analyse(documents);
  const excel = new FakeExcel();
  await renderPlanIntoWorkbook(excel.requestContext, (existing) =>
    planWorkbook(analysis, { existingSheetNames: existing.sheets, existingTableNames: existing.tables, directoryRows: directoryToRows(analysis.directory) }),
  );
  return excel;
}

async function rerunSyncs(seeds: Seed[]): Promise<number> {
  const excel = new FakeExcel();
  const batch = await readBatch(seeds.map((seed) => ({ name: seed.source, bytes: seed.bytes })), () => undefined);
  const access = { run: (planFor: Parameters<typeof runIntoWorkbook>[1]) => runIntoWorkbook(excel.requestContext, planFor) };
  const choices = INITIAL_STATE.choices;
  await generate(batch, choices, access, () => undefined);
  const before = excel.syncs.length;
  await generate(batch, choices, access, () => undefined);
  return excel.syncs.length - before;
}
