// A header over two rows, as text exports, tab-separated text and a sheet's values show it.

import { joinHeaderRows } from '../../../src/core/tables/two-row-header';

describe('joinHeaderRows', () => {
  test('sub-labels under a spanning label replace it and its blank', () => {
    expect(joinHeaderRows(['序号', '重点任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', ''])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  });

  test('labels wrapped inside their cells are joined, whether the top half reads as a label or not', () => {
    expect(joinHeaderRows(['序号', '工作任务', '牵头', '配合', '完成'], ['', '', '单位', '单位', '时限'])).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
  });

  test('a bracketed remark under a label stays with it', () => {
    expect(joinHeaderRows(['序号', '任务', '责任单位'], ['', '', '（盖章）'])).toEqual(['序号', '任务', '责任单位（盖章）']);
  });

  test('a data row holding only a unit under 责任单位 is not a second header row', () => {
    expect(joinHeaderRows(['序号', '名称', '目标', '责任单位'], ['', '', '', '县应急管理局'])).toBeUndefined();
  });

  test('an ordinary first data row is not a second header row', () => {
    expect(joinHeaderRows(['序号', '名称', '责任单位'], ['1', '安全生产', '县应急管理局'])).toBeUndefined();
  });

  test('a heading row above a header is not taken for its upper half', () => {
    expect(joinHeaderRows(['一、核心指标', '', '', ''], ['序号', '指标', '目标值', '责任单位'])).toBeUndefined();
  });

  test('a blank row below changes nothing', () => {
    expect(joinHeaderRows(['序号', '名称', '责任单位'], ['', '', ''])).toBeUndefined();
  });
});
