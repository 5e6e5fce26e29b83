// Header labels spanning several data columns, as a .docx gridSpan or a merged cell gives them.

import { columnsOfHeader } from '../../../src/core/tables/header-columns';

const roles = (cells: Array<[string, number]>) => columnsOfHeader(cells.map(([label, span]) => ({ label, span })))?.columns.map((c) => `${c.label}:${c.role}`);

describe('columnsOfHeader', () => {
  test('a task heading over two columns is the heading, then its content', () => {
    expect(roles([['序号', 1], ['重点任务', 2], ['责任单位', 1]])).toEqual(['序号:seq', '重点任务:group', '重点任务:content', '责任单位:units']);
  });

  test('责任单位 over two columns with no sub-labels is the lead’s column, then the supporters’', () => {
    expect(roles([['序号', 1], ['任务', 1], ['责任单位', 2]])).toEqual(['序号:seq', '任务:group', '责任单位:units', '责任单位:support']);
  });

  test('any other spanned label keeps its role in every column it covers', () => {
    expect(roles([['序号', 1], ['任务', 1], ['牵头单位', 1], ['完成时限', 2]])).toEqual(['序号:seq', '任务:group', '牵头单位:lead', '完成时限:deadline', '完成时限:deadline']);
  });
});
