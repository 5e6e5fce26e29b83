// The accuracy part of the benchmark: the real-plan corpus (test/corpus) read and scored against its
// hand-written labels, totals only (npm run accuracy lists every miss).

import { measureCorpus, type AccuracyTotals } from '../accuracy/measure';

export async function benchAccuracy(): Promise<AccuracyTotals> {
  return (await measureCorpus()).totals;
}
