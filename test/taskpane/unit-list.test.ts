// 分发's list: sorted by name or by task count, narrowed by a search.

import { listUnits } from '../../src/taskpane/unit-list';

const UNITS = [
  { unit: '区应急局', lead: 5, support: 2 },
  { unit: '区公安分局', lead: 1, support: 9 },
  { unit: '白市驿镇', lead: 0, support: 3 },
  { unit: '区教委', lead: 1, support: 2 },
];

describe('分发’s list of bureaus', () => {
  test('sorts by name in pinyin order', () => {
    expect(listUnits(UNITS, { sort: 'name', query: '' }).map((u) => u.unit)).toEqual(['白市驿镇', '区公安分局', '区教委', '区应急局']);
  });

  test('sorts by the tasks each carries, most first, names breaking ties', () => {
    expect(listUnits(UNITS, { sort: 'count', query: '' }).map((u) => u.unit)).toEqual(['区公安分局', '区应急局', '白市驿镇', '区教委']);
  });

  test('keeps only the names holding what was typed, in the chosen order', () => {
    expect(listUnits(UNITS, { sort: 'count', query: ' 区 ' }).map((u) => u.unit)).toEqual(['区公安分局', '区应急局', '区教委']);
    expect(listUnits(UNITS, { sort: 'name', query: '消防' })).toEqual([]);
  });
});
