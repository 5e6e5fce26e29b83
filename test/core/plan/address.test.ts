import { cellA1, columnLetters, rangeA1, sheetCellRef } from '../../../src/core/plan/address';

describe('A1 addresses', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  test('cells and ranges are written 1-based', () => {
    expect(cellA1({ row: 0, column: 0 })).toBe('A1');
    expect(rangeA1({ top: 1, left: 2, bottom: 9, right: 3 })).toBe('C2:D10');
  });

  test('a sheet reference is quoted with apostrophes doubled', () => {
    expect(sheetCellRef("区'局", { row: 4, column: 6 })).toBe("'区''局'!G5");
  });
});
