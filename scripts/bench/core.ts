// The core part of the benchmark: bytes → SourceDocument → analyse (tasks, units, audit, pivot),
// for the seeds and for synthetic documents of growing size, to show the cost grows linearly.

import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { seedRows, syntheticExport, readSeeds, type Seed } from './synthetic';
import { medianMs, peakResidentMB, round } from './timing';

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
  runs: number;
  seeds: { documents: number; rows: number; medianMs: number };
  /** Median times at a quarter, a half and all of `rows`; linear when time per row stays level. */
  growth: Array<{ rows: number; medianMs: number; msPer1000Rows: number }>;
  /** The largest document's time split: bytes → tables, then tables → analysis (tasks, audit, pivot). */
  phases: { readMs: number; analyseMs: number };
}

export async function benchCore({ rows, runs }: CoreOptions): Promise<CoreReport> {
  const baselineMB = peakResidentMB();
  const seeds = readSeeds();
  const seedTime = await medianMs(runs, () => readAndAnalyse(seeds));
  const seedAnalysis = await readAndAnalyse(seeds);
  const sample = await seedRows(seeds);
  const growth = [];
  let largest: Seed[] = [];
  for (const size of [Math.round(rows / 4), Math.round(rows / 2), rows]) {
    const synthetic = [{ source: `synthetic-${size}.txt`, bytes: syntheticExport(sample, size) }];
    const ms = await medianMs(runs, () => readAndAnalyse(synthetic));
    growth.push({ rows: size, medianMs: ms, msPer1000Rows: round((ms / size) * 1000) });
    largest = synthetic;
  }
  const documents = await readAll(largest);
  const phases = {
    readMs: await medianMs(runs, () => readAll(largest)),
    analyseMs: await medianMs(runs, async () => analyse(documents)),
  };
  return {
    rows,
    medianMs: growth[growth.length - 1]?.medianMs ?? 0,
    peakMB: peakResidentMB(),
    memory: 'peak resident set size of the bench process (getrusage maxRSS), measured after the largest run; baselineMB is the same before any run',
    baselineMB,
    runs,
    seeds: { documents: seeds.length, rows: seedAnalysis.tasks.length, medianMs: seedTime },
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
