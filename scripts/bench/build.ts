// The 生成工作簿 part of the benchmark: the synthetic document of `rows` rows, written as a file,
// through the CLI's build path (read, analyse, plan, the .xlsx writer, the finished file on disk). Each
// build runs in a fresh process (build-child.ts), so peakMB is the peak resident set size of that
// build alone, the runtime included; medianMs is the command's own time, without process start.
// The target for 20,000 rows: ≤ 15 s and ≤ 1 GB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeeds, seedRows, syntheticExport } from './synthetic';
import { round } from './timing';

const ROOT = join(__dirname, '../..');
/** A 20,000-row build takes 10–40 s here, by the load: three runs give a median in a few minutes. */
const MAX_RUNS = 3;

export interface BuildReport {
  rows: number;
  medianMs: number;
  peakMB: number;
  /** Size of the .xlsx written. */
  bytes: number;
  runs: number;
}

interface ChildRun {
  ms: number;
  peakMB: number;
  code: number;
  bytes: number;
}

export async function benchBuild({ rows, runs }: { rows: number; runs: number }): Promise<BuildReport> {
  const work = mkdtempSync(join(tmpdir(), 'respmatrix-bench-build-'));
  try {
    const input = join(work, 'synthetic.txt');
    writeFileSync(input, syntheticExport(await seedRows(readSeeds()), rows));
    const timed = Array.from({ length: Math.min(runs, MAX_RUNS) }, () => child(input, join(work, 'out.xlsx')));
    const times = timed.map((run) => run.ms).sort((a, b) => a - b);
    return {
      rows,
      medianMs: round(times[Math.floor(times.length / 2)] ?? 0),
      peakMB: Math.max(...timed.map((run) => run.peakMB)),
      bytes: timed[0]?.bytes ?? 0,
      runs: timed.length,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function child(input: string, output: string): ChildRun {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(__dirname, 'build-child.ts'), input, output], { encoding: 'utf8', cwd: ROOT });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0) throw new Error(`build-child failed: ${run.stderr}`);
  const result = JSON.parse(last) as ChildRun;
  if (result.code !== 0) throw new Error(`build exited ${result.code}: ${run.stderr}`);
  return result;
}
