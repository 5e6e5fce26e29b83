// The 回收汇总 part of the benchmark: a synthetic document of up to 2,000 tasks built into its
// combined workbook and per-bureau workbooks; each bureau's workbook filled in with ExcelJS (every
// row answered), and sent again as monthly re-sends until there is one returned file per 10 tasks
// (200 for 2,000); then the time to collect them all into the combined workbook. Each collection
// runs in a fresh process (collect-child.ts), so peakMB is the peak resident set size of collecting
// alone, the runtime included (baselineMB is that of a process that only starts).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { COLUMN } from '../../src/core/loop/columns';
import { readDocument } from '../../src/core/read';
import type { NamedBytes } from '../../src/xlsx/loop-workbook';
import { renderAnalysis } from '../../src/xlsx/render-analysis';
import { readSeeds, seedRows, syntheticExport } from './synthetic';
import { round } from './timing';

const ROOT = join(__dirname, '../..');

const MAX_TASKS = 2000;
const TASKS_PER_FILE = 10;
/** Each run collects every file once more: three runs keep the part under a few minutes. */
const MAX_RUNS = 3;

export interface CollectReport {
  tasks: number;
  files: number;
  /** Rows of 进展汇总 (task × responsible bureau) and how many were answered. */
  rows: number;
  answered: number;
  medianMs: number;
  peakMB: number;
  baselineMB: number;
  runs: number;
}

interface ChildRun {
  ms: number;
  peakMB: number;
  rows: number;
  answered: number;
}

export async function benchCollect({ rows, runs }: { rows: number; runs: number }): Promise<CollectReport> {
  const tasks = Math.min(MAX_TASKS, rows);
  const wanted = Math.max(5, Math.round(tasks / TASKS_PER_FILE));
  const read = await readDocument('synthetic.txt', syntheticExport(await seedRows(readSeeds()), tasks));
  if (!read.ok) throw new Error(read.error.message);
  const analysis = analyse([read.value]);
  const rendered = await renderAnalysis(analysis, { perUnit: true, on: '2025-07-01' });
  const files: NamedBytes[] = [];
  for (let i = 0; files.length < wanted; i++) {
    const bureau = rendered.bureaus[i % rendered.bureaus.length];
    if (!bureau) throw new Error('the synthetic document gives no bureau');
    const round = Math.floor(i / rendered.bureaus.length);
    files.push({ fileName: round === 0 ? bureau.fileName : `${round + 1}月-${bureau.fileName}`, bytes: await filled(bureau.bytes, round) });
  }
  const work = mkdtempSync(join(tmpdir(), 'respmatrix-bench-collect-'));
  try {
    writeFileSync(join(work, 'combined.xlsx'), rendered.combined);
    mkdirSync(join(work, 'returned'));
    for (const file of files) writeFileSync(join(work, 'returned', file.fileName), file.bytes);
    const timed = Array.from({ length: Math.min(runs, MAX_RUNS) }, () => child([join(work, 'combined.xlsx'), join(work, 'returned')]));
    const baseline = child([]);
    const times = timed.map((run) => run.ms).sort((a, b) => a - b);
    return {
      tasks: analysis.tasks.length,
      files: files.length,
      rows: timed[0]?.rows ?? 0,
      answered: timed[0]?.answered ?? 0,
      medianMs: round(times[Math.floor(times.length / 2)] ?? 0),
      peakMB: Math.max(...timed.map((run) => run.peakMB)),
      baselineMB: baseline.peakMB,
      runs: timed.length,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** collect-child.ts in a fresh process; with no arguments it only starts, for the baseline. */
function child(args: string[]): ChildRun {
  const script = args.length > 0 ? join(__dirname, 'collect-child.ts') : '-e';
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), args.length > 0 ? [script, ...args] : [script, BASELINE], { encoding: 'utf8', cwd: ROOT });
  if (run.status !== 0) throw new Error(`collect-child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildRun;
}

const BASELINE = `require('exceljs'); process.stdout.write(JSON.stringify({ ms: 0, peakMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10, rows: 0, answered: 0 }))`;

/** Every row answered 推进中, saved a month later for each re-send. */
async function filled(bytes: Uint8Array, round: number): Promise<Uint8Array> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return bytes;
  const header = sheet.getRow(3).values as unknown[];
  for (let r = 4; r <= sheet.actualRowCount; r++) {
    sheet.getRow(r).getCell(header.indexOf(COLUMN.status)).value = '推进中';
    sheet.getRow(r).getCell(header.indexOf(COLUMN.progress)).value = `第 ${round + 1} 次报送`;
  }
  workbook.modified = new Date(Date.UTC(2025, round, 28));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
