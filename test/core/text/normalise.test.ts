import { foldWidth, removeSpacing } from '../../../src/core/text/normalise';

describe('foldWidth', () => {
  it('folds full-width letters, digits and parentheses to half-width, keeping CJK punctuation', () => {
    expect(foldWidth('ＡＢ１（２）')).toBe('AB1(2)');
    expect(foldWidth('县应急局、县公安局')).toBe('县应急局、县公安局');
  });
});

describe('removeSpacing', () => {
  it('removes spacing of every kind: ASCII, no-break, thin and ideographic spaces, and line breaks', () => {
    expect(removeSpacing('县 应急\u3000管理\u00a0局\u2009\n')).toBe('县应急管理局');
  });
});
