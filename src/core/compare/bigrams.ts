// Character bigrams: the measure of likeness for short Chinese text. Chinese words are mostly two
// characters long and written without spaces, so the pairs of neighbouring characters stand in for
// the words without a dictionary: 「修订《某预案》」 and 「完成《某预案》修订」 share 修订, 某预, 预案.

/** The distinct bigrams of a normalised text; a one-character text is its own single gram. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/** Dice's coefficient of two sets of ids, each sorted ascending: 2|A∩B| / (|A|+|B|), 0 for two empty sets. */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (a.length + b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
