import { fitRowHeights, linesNeeded } from '../../../src/core/plan/row-heights';
import { STYLES } from '../../../src/core/plan/styles';
import type { SheetDraft } from '../../../src/core/plan/workbook-plan';

describe('linesNeeded', () => {
  test.each([
    ['an empty text takes one line', '', 10, 1],
    ['four CJK characters fill a column 9 wide', '责任单位', 9, 1],
    ['five CJK characters need a second line there', '责任单位甲', 9, 2],
    ['ASCII counts one unit per character', 'abcdefghij', 11, 1],
    ['each paragraph starts a new line', '甲\n乙\n丙', 20, 3],
  ])('%s', (_, text, width, lines) => {
    expect(linesNeeded(text, width)).toBe(lines);
  });
});

describe('fitRowHeights', () => {
  const draft: SheetDraft = {
    name: 'S',
    columns: [9, 9],
    rows: [
      [{ kind: 'text', text: '标题很长很长很长很长', styles: ['title'] }],
      [{ kind: 'text', text: '责任单位甲', styles: ['wrap'] }, { kind: 'text', text: '不换行的很长很长的文字' }],
      [{ kind: 'text', text: '责任单位甲乙丙丁戊己', styles: ['wrap'] }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    frozen: { rows: 0, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 0 },
  };

  test('a row is as tall as its most wrapped cell, and a merged title uses its whole width', () => {
    expect(fitRowHeights(draft, STYLES).rowHeights).toEqual([19, 30, 45]);
  });
});
