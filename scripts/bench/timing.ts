// Timing and memory for the benchmark. A median of several runs, so one slow run (a GC pause, the
// other engineers' jobs on a shared machine) does not decide the figure, after one untimed run so
// that the first size measured does not also pay for the JIT's warm-up.

import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts node without --expose-gc; turning the flag on now exposes gc() to new contexts.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return round(median);
}

/** Heap in use once garbage is collected, in MB. */
export function heapUsedMB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Peak resident set size of this process so far, in MB (the kernel's high-water mark, getrusage). */
export function peakResidentMB(): number {
  return round(process.resourceUsage().maxRSS / 1024);
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
