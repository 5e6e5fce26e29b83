// Batches kept under Excel's request limit.

import { byteBatches } from '../../src/excel/sync-budget';

describe('byteBatches', () => {
  test('groups consecutive items while their bytes stay under the limit, keeping their order', () => {
    expect(byteBatches([3, 3, 3, 5, 1], (n) => n, 7)).toEqual([[3, 3], [3], [5, 1]]);
  });

  test('an item larger than the limit goes alone rather than being dropped', () => {
    expect(byteBatches([2, 9, 2], (n) => n, 7)).toEqual([[2], [9], [2]]);
  });

  test('no items give no batches', () => {
    expect(byteBatches([], () => 1)).toEqual([]);
  });
});
