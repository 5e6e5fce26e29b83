import { documentSheetName, legalSheetName, SheetNames } from '../../../src/core/plan/sheet-name';

describe('documentSheetName', () => {
  test('a title that fits is kept whole', () => {
    expect(documentSheetName('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点')).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点');
  });

  test('a long title keeps its beginning and its last six characters around 「…」, in 31 characters', () => {
    const name = documentSheetName('2025年重庆市璧山区安全生产、防灾减灾救灾和森林草原消防工作要点');
    expect(name).toBe('2025年重庆市璧山区安全生产、防灾减灾救灾和森…消防工作要点');
    expect(name).toHaveLength(31);
  });

  test('a surrogate pair is not split at either cut', () => {
    expect(documentSheetName(`${'一'.repeat(23)}𠀀${'二'.repeat(10)}𠀀${'三'.repeat(5)}`)).toBe(`${'一'.repeat(23)}…${'三'.repeat(5)}`);
  });
});

describe('legalSheetName', () => {
  test.each([
    ['a plain Chinese name is kept', '单位汇总', '单位汇总'],
    ['forbidden characters become underscores', '表[1]:a/b\\c?d*e', '表_1__a_b_c_d_e'],
    ['an exclamation mark, which would end a link reference, becomes an underscore', '注意!', '注意_'],
    ['apostrophes at either end are dropped', "'引号'", '引号'],
    ['an apostrophe inside becomes a typographic one', "区'局", '区’局'],
    ['an empty name becomes 工作表', "  ''  ", '工作表'],
    ['the reserved name History is avoided', 'history', 'history_'],
    ['a long title is cut to 31 characters', '关于印发2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点的通知', '关于印发2025年重庆高新区安全生产、防灾减灾救灾和消防工作要'],
    ['a surrogate pair is not split at the cut', `${'一'.repeat(30)}𠀀`, '一'.repeat(30)],
  ])('%s', (_, wanted, expected) => {
    expect(legalSheetName(wanted)).toBe(expected);
    expect(legalSheetName(wanted).length).toBeLessThanOrEqual(31);
  });
});

describe('SheetNames', () => {
  test('a name already in the workbook is never handed out again, whatever its case', () => {
    const names = new SheetNames(['审核问题', 'Sheet1']);
    expect(names.claim('审核问题')).toBe('审核问题(2)');
    expect(names.claim('SHEET1')).toBe('SHEET1(2)');
    expect(names.claim('审核问题')).toBe('审核问题(3)');
  });

  test('a numbered name still fits in 31 characters and does not end in an apostrophe', () => {
    const names = new SheetNames([]);
    const long = `${'长'.repeat(28)}'末尾`;
    const first = names.claim(long);
    const second = names.claim(long);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toBe(`${'长'.repeat(28)}(2)`);
  });
});
