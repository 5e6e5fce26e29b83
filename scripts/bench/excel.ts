// The Office.js part of the benchmark: how many context.sync() calls the renderer makes for the
// seeds' workbook, for a second 生成 of them in place, and for one of `rows` task rows, counted on the fake workbook of the tests
// (test/excel/fake-excel.ts), which also checks every batch stays under the request size limit.

import { analyse } from '../../src/core/analyse';
import { planWorkbook } from '../../src/core/plan/workbook';
import { readDocument } from '../../src/core/read';
import { directoryToRows } from '../../src/core/units/directory-rows';
import { renderPlanIntoWorkbook } from '../../src/excel/render-plan';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { generate, readBatch } from '../../src/taskpane/workspace';
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
}

export async function benchExcel({ rows }: { rows: number }): Promise<ExcelReport> {
  const seeds = readSeeds();
  const seedRun = await render(seeds);
  const bigRun = await render([{ source: `synthetic-${rows}.txt`, bytes: syntheticExport(await seedRows(seeds), rows) }]);
  return {
    seedSyncs: seedRun.syncs.length,
    rerunSyncs: await rerunSyncs(seeds),
    bigRows: rows,
    bigSyncs: bigRun.syncs.length,
    bigLargestBatchMB: Math.round(Math.max(...bigRun.syncs.map((s) => s.bytes)) / 1024 / 102.4) / 10,
  };
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
