// One-to-one matching of last year's tasks to this year's by what they say.
//
// First the tasks whose normalised texts are equal pair off, in document order. Then every
// remaining pair whose bigram sets have a Dice coefficient of at least MATCH_THRESHOLD is a
// candidate, and candidates are taken greedily, best first, each task at most once (a tie goes to
// the pair whose places in their plans are closer). Greedy rather than an optimal assignment: the
// best pair of a reworded task is nearly always far ahead of its second, and greedy is n log n.
//
// Candidates are found without comparing every pair (two plans of 5,000 tasks are 25 million
// pairs): the bigrams of each text are sorted rarest first, and two texts that reach the threshold
// must share one of the first |A| − ⌈t|A|/(2−t)⌉ + 1 bigrams of each (the prefix filter of
// set-similarity joins), so only texts sharing a rare bigram are ever compared.

import { bigrams, dice } from './bigrams';

/**
 * Dice ≥ 0.5 on bigram sets: half the character pairs of the two texts in common. Measured on the
 * seeds (test/core/compare): the reworded task of the next-year copy of seed 000 (「动态修编……预案」
 * → 「完成……预案的动态修编」) scores 0.86; a task's closest other task in its own plan scores 0.17 to
 * 0.30 at the median (seeds 000, 001, 004); and of 高新区's 94 tasks against 璧山's 82, which share
 * the vocabulary of safety work (安全 生产 隐患 排查), one pair reaches 0.5 (the same sentence on
 * 疏散逃生演练 in both).
 */
export const MATCH_THRESHOLD = 0.5;

export interface TextPair {
  old: number;
  new: number;
  /** 1 for equal normalised texts, else the Dice coefficient of their bigrams. */
  score: number;
}

export interface Matching {
  pairs: TextPair[];
  /** Indexes of old texts with no partner, ascending. */
  removed: number[];
  /** Indexes of new texts with no partner, ascending. */
  added: number[];
}

/** Pairs of normalised texts (see normalise.ts), each index used at most once. */
export function matchTexts(oldTexts: readonly string[], newTexts: readonly string[], threshold = MATCH_THRESHOLD): Matching {
  const pairs: TextPair[] = [];
  const oldFree = new Set(oldTexts.keys());
  const newFree = new Set(newTexts.keys());

  const sameText = new Map<string, number[]>();
  newTexts.forEach((text, j) => {
    const same = sameText.get(text);
    if (same) same.push(j);
    else sameText.set(text, [j]);
  });
  oldTexts.forEach((text, i) => {
    const j = sameText.get(text)?.shift();
    if (j === undefined) return;
    pairs.push({ old: i, new: j, score: 1 });
    oldFree.delete(i);
    newFree.delete(j);
  });

  const candidates = similarPairs(oldTexts, [...oldFree], newTexts, [...newFree], threshold);
  const distance = (p: TextPair): number => Math.abs(p.old / Math.max(1, oldTexts.length) - p.new / Math.max(1, newTexts.length));
  candidates.sort((a, b) => b.score - a.score || distance(a) - distance(b) || a.old - b.old || a.new - b.new);
  for (const pair of candidates) {
    if (!oldFree.has(pair.old) || !newFree.has(pair.new)) continue;
    pairs.push(pair);
    oldFree.delete(pair.old);
    newFree.delete(pair.new);
  }
  pairs.sort((a, b) => a.new - b.new);
  return { pairs, removed: [...oldFree].sort((a, b) => a - b), added: [...newFree].sort((a, b) => a - b) };
}

/** Every pair (old of `olds`, new of `news`) whose Dice coefficient reaches the threshold. */
function similarPairs(oldTexts: readonly string[], olds: number[], newTexts: readonly string[], news: number[], threshold: number): TextPair[] {
  const oldGrams = olds.map((i) => bigrams(oldTexts[i] ?? ''));
  const newGrams = news.map((j) => bigrams(newTexts[j] ?? ''));
  // Rank every bigram by how many texts have it, rarest first: a set is then an ascending array of ranks.
  const frequency = new Map<string, number>();
  for (const grams of [...oldGrams, ...newGrams]) for (const gram of grams) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const rank = new Map([...frequency].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([gram], r) => [gram, r]));
  const ranked = (grams: string[]): number[] => grams.map((gram) => rank.get(gram) as number).sort((a, b) => a - b);
  const oldSets = oldGrams.map(ranked);
  const newSets = newGrams.map(ranked);
  const prefix = (set: number[]): number[] => set.slice(0, set.length - Math.ceil((threshold * set.length) / (2 - threshold) - 1e-9) + 1);

  const postings = new Map<number, number[]>();
  newSets.forEach((set, n) => {
    for (const gram of prefix(set)) {
      const list = postings.get(gram);
      if (list) list.push(n);
      else postings.set(gram, [n]);
    }
  });
  const found: TextPair[] = [];
  oldSets.forEach((set, o) => {
    if (set.length === 0) return;
    const seen = new Set<number>();
    for (const gram of prefix(set)) {
      for (const n of postings.get(gram) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        const score = dice(set, newSets[n] as number[]);
        if (score >= threshold) found.push({ old: olds[o] as number, new: news[n] as number, score });
      }
    }
  });
  return found;
}
