import fc from 'fast-check';
import { bigrams, dice } from '../../../src/core/compare/bigrams';
import { matchTexts, MATCH_THRESHOLD } from '../../../src/core/compare/match';
import { normaliseTaskText } from '../../../src/core/compare/normalise';

const folded = (texts: string[]): string[] => texts.map(normaliseTaskText);

describe('matchTexts', () => {
  test('「修订《某预案》」 and 「完成《某预案》修订」 are one task reworded, above the threshold', () => {
    const old = folded(['修订《某区突发事件总体应急预案》，组织开展演练。', '开展燃气安全专项整治。']);
    const next = folded(['开展燃气安全专项整治。', '完成《某区突发事件总体应急预案》修订，组织开展演练。']);
    const { pairs, removed, added } = matchTexts(old, next);
    expect(pairs.map(({ old, new: n }) => [old, n])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(pairs[1]?.score).toBeGreaterThan(MATCH_THRESHOLD);
    expect([removed, added]).toEqual([[], []]);
  });

  test('the short forms alone are alike too: Dice 0.6 on their bigrams', () => {
    const [a, b] = folded(['修订《某预案》', '完成《某预案》修订']).map((t) => bigrams(t));
    const ids = new Map([...new Set([...(a ?? []), ...(b ?? [])])].map((g, i) => [g, i]));
    const ranked = (grams: string[] = []) => grams.map((g) => ids.get(g) as number).sort((x, y) => x - y);
    expect(dice(ranked(a), ranked(b))).toBeCloseTo(0.6);
  });

  test('a task is matched at most once: two copies last year and one this year leave one removed', () => {
    const { pairs, removed, added } = matchTexts(folded(['开展隐患排查', '开展隐患排查']), folded(['开展隐患排查']));
    expect(pairs).toEqual([{ old: 0, new: 0, score: 1 }]);
    expect([removed, added]).toEqual([[1], []]);
  });

  test('texts that share only common words stay apart', () => {
    const { pairs } = matchTexts(folded(['加强安全生产宣传教育']), folded(['加强森林防火安全巡查']));
    expect(pairs).toEqual([]);
  });

  test('the prefix filter finds every pair a comparison of all pairs finds, and greedy takes the best first', () => {
    const word = fc.constantFrom('安全', '生产', '隐患', '排查', '整治', '预案', '修订', '开展', '燃气', '消防', '演练', '培训', '监管', '执法');
    const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(text, { maxLength: 12 }), (old, next) => {
        const { pairs } = matchTexts(old, next);
        expect(pairs.map((p) => p.score)).toEqual(pairs.map((p) => bruteScore(old[p.old] ?? '', next[p.new] ?? '')));
        const used = new Set(pairs.map((p) => `${p.old}`));
        const usedNew = new Set(pairs.map((p) => `${p.new}`));
        // Nothing left over could still pair: every remaining pair is under the threshold.
        old.forEach((a, i) => next.forEach((b, j) => {
          if (!used.has(`${i}`) && !usedNew.has(`${j}`)) expect(bruteScore(a, b)).toBeLessThan(MATCH_THRESHOLD);
        }));
      }),
      { numRuns: 200 },
    );
  });
});

function bruteScore(a: string, b: string): number {
  if (a === b) return 1;
  const x = new Set(bigrams(a));
  const y = new Set(bigrams(b));
  const shared = [...x].filter((g) => y.has(g)).length;
  return (2 * shared) / (x.size + y.size);
}
