// The core part of the benchmark: bytes → SourceDocument → analyse (tasks, units, audit, pivot),
// for the seeds and for synthetic documents of growing size, to show the cost grows linearly.
//
// Memory is taken from one pass over the largest document, made first, before the timed runs
// whose garbage would raise the high-water mark: peakMB is the process's peak resident set size
// after it (getrusage maxRSS, runtime included: baselineMB is the same before any work), and
// retainedMB is the heap the document and its analysis hold once garbage is collected.

import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { readSeeds, seedRows, syntheticExport, type Seed } from './synthetic';
import { heapUsedMB, medianMs, peakResidentMB, round } from './timing';

export interface CoreOptions {
  rows: number;
  runs: number;
}

export interface CoreReport {
  /** The largest synthetic document, and the design's contract fields for it. */
  rows: number;
  medianMs: number;
  peakMB: number;
  memory: string;
  baselineMB: number;
  retainedMB: number;
  runs: number;
  seeds: { documents: number; rows: number; medianMs: number };
  /** Median times at a quarter, a half and all of `rows`; linear when time per row stays level. */
  growth: Array<{ rows: number; medianMs: number; msPer1000Rows: number }>;
  /** The largest document's time split: bytes → tables, then tables → analysis (tasks, audit, pivot). */
  phases: { readMs: number; analyseMs: number };
}

const MEMORY =
  'peakMB: peak resident set size (getrusage maxRSS) after one pass over the largest document, made before the timed runs; ' +
  'baselineMB: the same before any work; retainedMB: heap held by that document and its analysis after garbage collection';

export async function benchCore({ rows, runs }: CoreOptions): Promise<CoreReport> {
  const baselineMB = peakResidentMB();
  const seeds = readSeeds();
  const sample = await seedRows(seeds);
  const sizes = [Math.round(rows / 4), Math.round(rows / 2), rows];
  const synthetic = sizes.map((size) => [{ source: `synthetic-${size}.txt`, bytes: syntheticExport(sample, size) }]);
  const largest = synthetic[synthetic.length - 1] ?? [];

  const heapBefore = heapUsedMB();
  const analysis = await readAndAnalyse(largest);
  const retainedMB = round(heapUsedMB() - heapBefore);
  const peakMB = peakResidentMB();

  const seedTime = await medianMs(runs, () => readAndAnalyse(seeds));
  const seedRowsRead = (await readAndAnalyse(seeds)).tasks.length;
  const growth = [];
  for (const [i, documents] of synthetic.entries()) {
    const size = sizes[i] ?? 0;
    const ms = await medianMs(runs, () => readAndAnalyse(documents));
    growth.push({ rows: size, medianMs: ms, msPer1000Rows: round((ms / size) * 1000) });
  }
  const phases = {
    readMs: await medianMs(runs, () => readAll(largest)),
    analyseMs: await medianMs(runs, async () => analyse(analysis.documents)),
  };
  return {
    rows,
    medianMs: growth[growth.length - 1]?.medianMs ?? 0,
    peakMB,
    memory: MEMORY,
    baselineMB,
    retainedMB,
    runs,
    seeds: { documents: seeds.length, rows: seedRowsRead, medianMs: seedTime },
    growth,
    phases,
  };
}

async function readAll(seeds: Seed[]): Promise<SourceDocument[]> {
  const documents = [];
  for (const seed of seeds) {
    const read = await readDocument(seed.source, seed.bytes);
    if (!read.ok) throw new Error(`${seed.source}: ${read.error.message}`);
    documents.push(read.value);
  }
  return documents;
}

async function readAndAnalyse(seeds: Seed[]) {
  return analyse(await readAll(seeds));
}
