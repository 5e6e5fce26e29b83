import { placeCells, shapeOf } from '../../../src/core/tables/anchored-rows';

describe('shapeOf', () => {
  test('a row number written in Chinese numerals alone (「三」) is a 序号, as 「3」 and 「（三）」 are', () => {
    expect(['三', '十二', '3', '（三）'].map(shapeOf)).toEqual(['seq', 'seq', 'seq', 'seq']);
  });

  test('a cell opening with an item’s number names a task even when it ends like a body (「1.市政公用城学校」)', () => {
    expect([shapeOf('1.市政公用城学校'), shapeOf('市政公用城学校')]).toEqual(['text', 'units']);
  });

  test('short names separated by spaces are a list of units when the first is one (「区城管局 区水投」), not a sentence', () => {
    expect([shapeOf('区城管局 区水投'), shapeOf('已完成 正在验收')]).toEqual(['units', 'text']);
  });
});

describe('placeCells', () => {
  test('gives each cell a column of its own, where a run of lines would join two cells', () => {
    // Joined as one run, 数量 and the project's name would score higher in 项目名称 than apart.
    expect(placeCells(['区政府民生实事项目(1个)', '（一）打通断头路', '区城投公司'], ['free', 'group', 'units'])).toEqual([
      '区政府民生实事项目(1个)', '（一）打通断头路', '区城投公司',
    ]);
    expect(placeCells(['2.乐业路', '区城管局'], ['seq', 'lead', 'group', 'content', 'units'])).toEqual(['', '', '', '2.乐业路', '区城管局']);
  });
});
