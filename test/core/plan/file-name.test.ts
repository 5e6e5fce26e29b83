import { FileNames } from '../../../src/core/plan/file-name';

describe('FileNames', () => {
  test.each([
    ['a unit name is kept', '区应急局', '区应急局.xlsx'],
    ['characters Windows forbids become underscores', '区住建委/城管局: "A" <B>|?*', '区住建委_城管局_ _A_ _B____.xlsx'],
    ['a Windows device name gets a prefix', 'CON', '_CON.xlsx'],
    ['a device name followed by a dot is a device name too', 'com1.备份', '_com1.备份.xlsx'],
    ['trailing dots and spaces are dropped', '区民政局. . ', '区民政局.xlsx'],
    ['an empty name becomes 单位', ' .. ', '单位.xlsx'],
    ['a bidi override is dropped', '区应急局\u202egpj.', '区应急局gpj.xlsx'],
    ['zero-width and bidi marks are dropped', '区\u200b应急\u200d局\u200e\u2066\ufeff', '区应急局.xlsx'],
    ['a leading ~$ (an Office lock file to collect) is dropped', '~$区应急局', '区应急局.xlsx'],
    ['so is one behind dots and spaces, or repeated', ' .~$~$区应急局', '区应急局.xlsx'],
    ['only invisible characters become 单位', '\u200b\u202e', '单位.xlsx'],
  ])('%s', (_, wanted, expected) => {
    expect(new FileNames('.xlsx').claim(wanted)).toBe(expected);
  });

  test('a very long name is cut to fit every file system', () => {
    const name = new FileNames('.xlsx').claim('很'.repeat(200));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith('很.xlsx')).toBe(true);
  });

  test('names that differ only in case or Unicode form are made unique', () => {
    const files = new FileNames('.xlsx');
    expect(files.claim('Unit')).toBe('Unit.xlsx');
    expect(files.claim('UNIT')).toBe('UNIT(2).xlsx');
    expect(files.claim('e\u0301')).toBe('\u00e9.xlsx');
    expect(files.claim('\u00e9')).toBe('\u00e9(2).xlsx');
  });
});
