import { normaliseTaskText } from '../../../src/core/compare/normalise';

describe('normaliseTaskText', () => {
  test.each([
    ['1.强化责任落实。', '强化责任落实'],
    ['（一）强化责任落实', '强化责任落实'],
    ['一、开展重大安全风险源头管控行动', '开展重大安全风险源头管控行动'],
    ['①落实台账', '落实台账'],
    ['3．建立重大事故隐患督办销号制度', '建立重大事故隐患督办销号制度'],
  ])('numbering at the start of a line goes: %s', (written, folded) => {
    expect(normaliseTaskText(written)).toBe(folded);
  });

  test('years, year ranges, months and days go, so a plan moved on by a year reads the same', () => {
    expect(normaliseTaskText('2025年6月底前完成排查')).toBe(normaliseTaskText('2026年6月底前完成排查'));
    expect(normaliseTaskText('2024—2026年，建立机制')).toBe('建立机制');
    expect(normaliseTaskText('于2025.6.30前上报')).toBe('于前上报');
  });

  test('punctuation, book-title marks, spacing and full-width forms go; other figures stay', () => {
    expect(normaliseTaskText('修订《某预案》， 开展 演练')).toBe('修订某预案开展演练');
    expect(normaliseTaskText('万车死亡率１．５以内')).toBe('万车死亡率15以内');
    expect(normaliseTaskText('1.5以内')).toBe('15以内');
    expect(normaliseTaskText('覆盖率100%')).toBe('覆盖率100');
  });

  test('each line of a cell loses its own numbering', () => {
    expect(normaliseTaskText('1.建立台账\n2.开展排查')).toBe('建立台账开展排查');
  });
});
