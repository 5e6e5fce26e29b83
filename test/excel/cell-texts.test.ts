// Cell values as the text a clerk sees, dates included.

import { cellTexts, isDateFormat, serialDate } from '../../src/excel/cell-texts';

describe('cellTexts', () => {
  test('a date serial in a date-formatted cell reads as the date it shows; the same number elsewhere stays a number', () => {
    expect(cellTexts([[45838, 45838, 3, '2025年6月底前', null, true]], [['yyyy/m/d', 'General', 'General', '@', 'General', 'General']])).toEqual([
      ['2025年6月30日', '45838', '3', '2025年6月底前', '', 'true'],
    ]);
  });

  test('without number formats every value is its plain text', () => {
    expect(cellTexts([[45838, '', undefined]])).toEqual([['45838', '', '']]);
  });
});

describe('isDateFormat', () => {
  test.each(['yyyy/m/d', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', 'm/d/yyyy', 'd-mmm-yy', 'yyyy/m/d h:mm', 'mmm-yy'])('%s shows a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  test.each(['General', '0', '0.00', '#,##0', '@', 'h:mm', 'mm:ss', '[Red]0.0', '0"天"', '"第"0"项"'])('%s does not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('serialDate', () => {
  test('counts from 1899-12-30 as Excel does after its 1900 leap-day quirk', () => {
    expect(serialDate(45838)).toBe('2025年6月30日');
    expect(serialDate(61)).toBe('1900年3月1日');
    expect(serialDate(45838.75)).toBe('2025年6月30日');
  });

  test('a number outside Excel’s dates is not a date', () => {
    expect(serialDate(0)).toBeUndefined();
    expect(serialDate(3_000_000)).toBeUndefined();
  });
});
