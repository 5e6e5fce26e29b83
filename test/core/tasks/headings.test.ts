import { fillHeadings } from '../../../src/core/tasks/headings';
import { mergedTexts } from '../../../src/core/tasks/merged-cells';
import type { ColumnRole, SourceFormat } from '../../../src/core/tables/raw-table';
import { rawTable, type CellSpec } from './source-document';

const headings = (roles: ColumnRole[], rows: CellSpec[][], format: SourceFormat) => {
  const table = rawTable(roles, rows);
  return fillHeadings(table, mergedTexts(table), format).map((h) => `${h.filled ? '^' : ''}${h.text}`);
};

describe('fillHeadings', () => {
  it('continues a blank heading from the row above in a text export', () => {
    expect(headings(['group', 'content'], [['强化责任', '甲'], ['', '乙'], ['提升能力', '丙'], ['', '丁']], 'text')).toEqual([
      '强化责任', '^强化责任', '提升能力', '^提升能力',
    ]);
  });

  it('continues only an explicitly merged heading in a .docx, a blank staying blank', () => {
    expect(headings(['group', 'content'], [['强化责任', '甲'], [{ merge: 'above' }, '乙'], ['', '丙']], 'docx')).toEqual([
      '强化责任', '^强化责任', '',
    ]);
  });

  it('keeps a blank heading blank in a text table whose reader put its merges back itself', () => {
    const table = { ...rawTable(['seq', 'group', 'content'], [['一', '（一）道路改造', '甲'], [{ merge: 'above' }, { merge: 'above' }, '乙'], ['二', '', '丙']]), mergesKnown: true as const };
    expect(fillHeadings(table, mergedTexts(table), 'text').map((h) => h.text)).toEqual(['（一）道路改造', '（一）道路改造', '']);
  });

  it('leaves a blank heading on the first row blank', () => {
    expect(headings(['group', 'content'], [['', '甲'], ['', '乙']], 'text')).toEqual(['', '']);
  });

  it('fills each of two heading columns and joins them with 「 / 」, a new outer heading starting the inner afresh', () => {
    expect(
      headings(['group', 'group', 'content'], [
        ['一、源头管控', '1.强化管控', '甲'],
        ['', '', '乙'],
        ['', '2.建立制度', '丙'],
        ['二、隐患清零', '', '丁'],
      ], 'text'),
    ).toEqual(['一、源头管控 / 1.强化管控', '^一、源头管控 / 1.强化管控', '^一、源头管控 / 2.建立制度', '二、隐患清零']);
  });
});
