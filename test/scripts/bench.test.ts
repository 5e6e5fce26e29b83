// The benchmark's JSON shape, on a tiny run: no figure is asserted, only that each is there. The
// bundle part measures the pane the e2e project's global setup built (--pane-build), as it would a
// build of its own; the scale is left to `npm run bench`.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { e2eBuild } from '../e2e/e2e-build';

const ROOT = join(__dirname, '../..');

function bench(...args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/bench.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('--json prints the core, excel, bundle, collect, accuracy, compare and build parts of the design’s contract, with the growth at a quarter, a half and all of the rows', async () => {
  const { code, stdout, stderr } = bench('--json', '--rows', '40', '--runs', '1', '--pane-build', (await e2eBuild()).pane);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const report = JSON.parse(stdout);
  expect(Object.keys(report)).toEqual(['core', 'excel', 'bundle', 'collect', 'accuracy', 'compare', 'build']);
  expect(report.accuracy).toMatchObject({ documents: expect.any(Number), places: expect.any(Number), tasks: expect.any(Number), rowsFound: expect.any(Number), unitsExact: expect.any(Number), leadsExact: expect.any(Number) });
  expect(report.bundle).toEqual({ firstLoadGzipBytes: expect.any(Number), baselineGzipBytes: expect.any(Number), ratio: expect.any(Number), onDemandGzipBytes: expect.any(Number) });
  expect(report.bundle.baselineGzipBytes).toBeGreaterThan(50_000);
  expect(report.bundle.onDemandGzipBytes).toBeGreaterThan(report.bundle.firstLoadGzipBytes);
  expect(report.core).toMatchObject({
    rows: 40,
    medianMs: expect.any(Number),
    peakMB: expect.any(Number),
    memory: expect.stringContaining('maxRSS'),
    retainedMB: expect.any(Number),
    baselineMB: expect.any(Number),
    runs: 1,
    seeds: { documents: 5, rows: 297, medianMs: expect.any(Number) },
    phases: { readMs: expect.any(Number), analyseMs: expect.any(Number) },
  });
  expect(report.core.growth.map((g: { rows: number }) => g.rows)).toEqual([10, 20, 40]);
  expect(report.excel).toEqual({
    seedSyncs: 3,
    rerunSyncs: expect.any(Number),
    bigRows: 40,
    bigSyncs: 3,
    selectionSyncs: 3,
    inPlaceMarks: expect.any(Number),
    inPlaceSyncs: 12,
    clearSyncs: 3,
    settingsKB: expect.any(Number),
    largestRequestMB: expect.any(Number),
    largestResponseMB: expect.any(Number),
  });
  // Measured by the fake as Office.js sends the batches, which refuses either over 5 MB.
  expect(Math.max(report.excel.largestRequestMB, report.excel.largestResponseMB)).toBeLessThanOrEqual(5);
  expect(report.excel.rerunSyncs).toBeLessThanOrEqual(6);
  expect(report.excel.inPlaceMarks).toBeGreaterThan(0);
  expect(report.collect).toEqual({ tasks: 40, files: 5, rows: expect.any(Number), answered: expect.any(Number), medianMs: expect.any(Number), peakMB: expect.any(Number), baselineMB: expect.any(Number), runs: 1 });
  expect(report.collect.answered).toBeGreaterThan(0);
  // 40 tasks: 2 dropped, 2 new, 4 reworded and 2 given another unit, the rest unchanged in another order.
  // The 40-row document through the CLI's build path to an .xlsx, in a process of its own.
  expect(report.build).toEqual({ rows: 40, medianMs: expect.any(Number), peakMB: expect.any(Number), bytes: expect.any(Number), runs: 1 });
  expect(report.build.bytes).toBeGreaterThan(0);
  expect(report.compare).toEqual({ tasks: 40, medianMs: expect.any(Number), added: 2, removed: 2, changed: 6, unchanged: 32, runs: 1 });
}, 240_000);

test('a row count that is not a number, or a part it does not have, is refused with exit 2', () => {
  expect(bench('--rows', 'many')).toMatchObject({ code: 2, stderr: expect.stringContaining('--rows') });
  expect(bench('--parts', 'core,speed')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('unknown part: speed') });
});

test('--parts runs only the parts named, in the report’s order', () => {
  const { code, stdout, stderr } = bench('--json', '--rows', '8', '--runs', '1', '--parts', 'build,excel,core');
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(Object.keys(JSON.parse(stdout))).toEqual(['core', 'excel', 'build']);
});
