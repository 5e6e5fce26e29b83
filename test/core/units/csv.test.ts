import { parseCsv } from '../../../src/core/units/csv';

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks, and keeps each record’s first line', () => {
    const { records, problems } = parseCsv('a,"b,c"\r\n"say ""hi""","two\nlines"\nlast,\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b,c'] },
      { line: 2, fields: ['say "hi"', 'two\nlines'] },
      { line: 4, fields: ['last', ''] },
    ]);
    expect(problems).toEqual([]);
  });

  it('ignores a UTF-8 BOM and reads a file without a final line break', () => {
    expect(parseCsv('\uFEFF单位名称,别名').records).toEqual([{ line: 1, fields: ['单位名称', '别名'] }]);
  });

  it('reports a quote that is never closed, by the line it opens on', () => {
    expect(parseCsv('a\n"b,c\nd').problems).toEqual([
      { code: 'csv-unclosed-quote', message: '第 2 行：引号没有闭合，该行之后的内容都被读进了同一格，请检查。', args: { line: 2 } },
    ]);
  });
});
