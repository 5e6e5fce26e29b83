import { STYLES } from '../../src/core/plan/styles';
import type { CellPlan } from '../../src/core/plan/workbook-plan';
import { excelStyle, sharedStyle } from '../../src/xlsx/styles';

const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } };

describe('excelStyle', () => {
  test.each<[string, CellPlan, object]>([
    ['a plain text cell is only in text format', { kind: 'text', text: 'a' }, { numFmt: '@' }],
    ['a number keeps the general format', { kind: 'number', value: 1 }, {}],
    ['a blank input cell gets its fill and border', { kind: 'blank', styles: ['input'] }, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFF0' } }, border: { top: thin, left: thin, bottom: thin, right: thin } }],
    [
      'a later style wins over an earlier one',
      { kind: 'text', text: 'a', styles: ['header', 'error'] },
      {
        numFmt: '@',
        font: { bold: true, color: { argb: 'FF9C0006' } },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
        alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
        border: { top: thin, left: thin, bottom: thin, right: thin },
      },
    ],
    ['a link is underlined and in text format', { kind: 'link', text: 'x', sheet: 'S', target: { row: 0, column: 0 }, styles: ['link'] }, { numFmt: '@', font: { color: { argb: 'FF0563C1' }, underline: true } }],
    ['a title is large and bold', { kind: 'text', text: 't', styles: ['title'] }, { numFmt: '@', font: { bold: true, size: 14 }, alignment: { vertical: 'middle' } }],
  ])('%s', (_, cell, expected) => {
    expect(excelStyle(cell, STYLES)).toEqual(expected);
  });
});

describe('sharedStyle', () => {
  test('cells of one look share one frozen style object, equal to excelStyle; another kind or style list gets another', () => {
    const a = sharedStyle({ kind: 'text', text: 'a', styles: ['wrap'] }, STYLES);
    expect(sharedStyle({ kind: 'text', text: 'b', styles: ['wrap'] }, STYLES)).toBe(a);
    expect(a).toEqual(excelStyle({ kind: 'text', text: 'a', styles: ['wrap'] }, STYLES));
    expect(Object.isFrozen(a) && Object.isFrozen(a.alignment)).toBe(true);
    expect(sharedStyle({ kind: 'blank', styles: ['wrap'] }, STYLES)).not.toBe(a);
    expect(sharedStyle({ kind: 'text', text: 'a', styles: ['center'] }, STYLES)).not.toBe(a);
    expect(sharedStyle({ kind: 'text', text: 'a', styles: ['wrap'] }, { ...STYLES })).not.toBe(a);
  });
});
