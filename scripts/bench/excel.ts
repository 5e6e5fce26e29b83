// The Office.js part of the benchmark: how many context.sync() calls the renderer makes for the
// seeds' workbook, for a second 生成 of them in place, for one of `rows` task rows, for reading a
// selection of `rows` rows (从选区导入), and for 分析当前表格 and 清除标记 on a pasted table of `rows`
// rows, counted on the fake workbook of the tests (test/excel/fake-excel.ts). The fake serialises
// each batch as Office.js sends it and refuses a request or a response over 5 MB; the largest of
// each over all the runs is reported, and the size of the settings the in-place run leaves.

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
import { jsonBytes } from '../../test/excel/fake-office-limits';
import { readSeeds, seedRows, syntheticExport, type Seed } from './synthetic';

export interface ExcelReport {
  seedSyncs: number;
  /** Syncs of the pane's second 生成 of the seeds into the same workbook (a re-run in place). */
  rerunSyncs: number;
  bigRows: number;
  bigSyncs: number;
  /** 从选区导入 of a pasted table of bigRows rows: syncs. */
  selectionSyncs: number;
  /** 分析当前表格 on that table: cells marked, syncs. */
  inPlaceMarks: number;
  inPlaceSyncs: number;
  /** 清除标记 of those marks. */
  clearSyncs: number;
  /** The add-in's settings after 分析当前表格 of that table, in KB (Office keeps at most 2 MB). */
  settingsKB: number;
  /** The largest request and the largest response of all these runs, in MB, as Office.js serialises them (Excel on the web refuses either over 5 MB). */
  largestRequestMB: number;
  largestResponseMB: number;
}

export async function benchExcel({ rows }: { rows: number }): Promise<ExcelReport> {
  const seeds = readSeeds();
  const seedRun = await render(seeds);
  const bigRun = await render([{ source: `synthetic-${rows}.txt`, bytes: syntheticExport(await seedRows(seeds), rows) }]);
  const selection = pastedTable(await seedRows(seeds), rows);
  await readSelectedCells(selection.requestContext);
  const rerun = await rerunSyncs(seeds);
  const inPlace = await inPlaceRun(pastedTable(await seedRows(seeds), rows));
  const runs = [seedRun, bigRun, selection, rerun.excel, inPlace.excel].flatMap((excel) => excel.syncs);
  return {
    seedSyncs: seedRun.syncs.length,
    rerunSyncs: rerun.syncs,
    bigRows: rows,
    bigSyncs: bigRun.syncs.length,
    selectionSyncs: selection.syncs.length,
    ...inPlace.report,
    largestRequestMB: mb(Math.max(...runs.map((sync) => sync.bytes))),
    largestResponseMB: mb(Math.max(...runs.map((sync) => sync.responseBytes))),
  };
}

/** MB to two places. */
function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 100) / 100;
}

/** The seeds' rows pasted into a sheet as one table of `rows` rows under a header, and selected. */
function pastedTable(seedTable: RawRow[], rows: number): FakeExcel {
  const excel = new FakeExcel(['分工表']);
  const sheet = excel.sheet('分工表');
  ['序号', '名称', '2025年目标', '责任单位', '备注'].forEach((label, c) => (sheet.cell(0, c).value = label));
  for (let r = 0; r < rows; r++) {
    const [, ...rest] = seedTable[r % seedTable.length]?.cells ?? [];
    [String(r + 1), ...rest.map((cell) => cell.text)].forEach((text, c) => (sheet.cell(r + 1, c).value = text));
  }
  excel.selection = { sheet: '分工表', top: 0, left: 0, rows: rows + 1, columns: 5 };
  return excel;
}

/** The pasted table analysed in place, then cleared. */
async function inPlaceRun(excel: FakeExcel): Promise<{ excel: FakeExcel; report: Pick<ExcelReport, 'inPlaceMarks' | 'inPlaceSyncs' | 'clearSyncs' | 'settingsKB'> }> {
  const context = excel.requestContext;
  const access = { readSelection: () => readSelectedCells(context), mark: (id: string, planFor: Parameters<typeof markInPlace>[2]) => markInPlace(context, id, planFor), clear: () => clearMarks(context) };
  const run = await analyseInPlace(INITIAL_STATE.choices, access, () => undefined);
  if (run.outcome.kind === 'failed') throw new Error(run.outcome.lines.join('\n'));
  const marked = [...excel.sheet('分工表').cells()].filter((cell) => cell.format['fill.color'] !== undefined).length;
  const settingsKB = Math.round([...excel.settings].reduce((n, [key, value]) => n + jsonBytes(key) + jsonBytes(value), 0) / 102.4) / 10;
  const markSyncs = excel.syncs.length;
  await clearInPlace(access, () => undefined);
  return { excel, report: { inPlaceMarks: marked, inPlaceSyncs: markSyncs, clearSyncs: excel.syncs.length - markSyncs, settingsKB } };
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

async function rerunSyncs(seeds: Seed[]): Promise<{ excel: FakeExcel; syncs: number }> {
  const excel = new FakeExcel();
  const batch = await readBatch(seeds.map((seed) => ({ name: seed.source, bytes: seed.bytes })), () => undefined);
  const access = { run: (planFor: Parameters<typeof runIntoWorkbook>[1]) => runIntoWorkbook(excel.requestContext, planFor) };
  const choices = INITIAL_STATE.choices;
  await generate(batch, choices, access, () => undefined);
  const before = excel.syncs.length;
  await generate(batch, choices, access, () => undefined);
  return { excel, syncs: excel.syncs.length - before };
}
