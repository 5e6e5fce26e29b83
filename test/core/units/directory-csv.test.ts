import { directoryFromCsv } from '../../../src/core/units/directory-csv';

describe('directory CSV', () => {
  it('reads a CSV with a BOM, CRLF line ends and quoted fields', () => {
    const text = '\uFEFF单位名称,别名,类型,成员\r\n"县发展改革委（县粮食和物资储备局）","县发展改革委、县国动办",单位,\r\n各镇街,,群体,"甲镇、乙街道"\r\n';
    expect(directoryFromCsv(text)).toEqual({
      ok: true,
      value: {
        entries: [
          { canonical: '县发展改革委（县粮食和物资储备局）', aliases: ['县发展改革委', '县国动办'], kind: 'bureau', members: [] },
          { canonical: '各镇街', aliases: [], kind: 'group', members: ['甲镇', '乙街道'] },
        ],
      },
      warnings: [],
    });
  });

  it('reports bad rows by the line they start on, counting the lines inside quoted fields', () => {
    const result = directoryFromCsv('单位名称,别名,类型,成员\n县公安局,"区公安局\n市公安局",单位,\n,县林业局,单位,\n');
    expect(result.warnings).toEqual([{ code: 'directory-no-name', message: '第 4 行：没有单位名称，此行已忽略。', args: { line: 4 } }]);
  });

  it('passes on an unclosed quote and refuses an empty file', () => {
    expect(directoryFromCsv('单位名称,别名,类型,成员\n"县公安局,,单位,\n').warnings).toEqual([
      { code: 'csv-unclosed-quote', message: '第 2 行：引号没有闭合，该行之后的内容都被读进了同一格，请检查。', args: { line: 2 } },
    ]);
    expect(directoryFromCsv('')).toMatchObject({ ok: false, error: { code: 'directory-header' } });
  });
});
