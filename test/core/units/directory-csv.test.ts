import fc from 'fast-check';
import { buildDirectory } from '../../../src/core/units/build-directory';
import { directoryFromCsv, directoryToCsv } from '../../../src/core/units/directory-csv';
import type { UnitDirectory, UnitKind } from '../../../src/core/units/unit';
import { readSeedsWithTables } from '../tasks/seed-documents';

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
    expect(result.warnings).toEqual([{ code: 'directory-no-name', message: '第 4 行：没有单位名称，此行已忽略。' }]);
  });

  it('passes on an unclosed quote and refuses an empty file', () => {
    expect(directoryFromCsv('单位名称,别名,类型,成员\n"县公安局,,单位,\n').warnings).toEqual([
      { code: 'csv-unclosed-quote', message: '第 2 行：引号没有闭合，该行之后的内容都被读进了同一格，请检查。' },
    ]);
    expect(directoryFromCsv('')).toMatchObject({ ok: false, error: { code: 'directory-header' } });
  });

  it('writes the directory built from the seeds and reads it back exactly', async () => {
    const { directory } = buildDirectory(await readSeedsWithTables());
    const text = directoryToCsv(directory);
    expect(text.startsWith('单位名称,别名,类型,成员\r\n县应急管理局,,单位,\r\n综合执法局（应急管理局）,应急管理局、综合执法局,单位,\r\n')).toBe(true);
    expect(directoryFromCsv(text)).toEqual({ ok: true, value: directory, warnings: [] });
  });

  it('round-trips any directory of distinct names exactly', () => {
    // Names as documents have them: no separators outside brackets, brackets balanced; quotes to test quoting.
    const stem = fc.stringMatching(/^[甲乙丙丁戊局委办"]{1,5}$/);
    const name = fc.tuple(stem, fc.option(stem, { nil: undefined })).map(([outer, inner]) => (inner ? `${outer}（${inner}）` : outer));
    const entry = fc.record({
      names: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom<UnitKind>('bureau', 'group', 'vague'),
      members: fc.array(name, { maxLength: 3 }),
    });
    const directories = fc
      .array(entry, { minLength: 1, maxLength: 8 })
      // No name may belong to two entries: the reader would rightly refuse the second.
      .filter((entries) => new Set(entries.flatMap((e) => e.names)).size === entries.flatMap((e) => e.names).length)
      .map((entries): UnitDirectory => ({
        entries: entries.map(({ names: [canonical, ...aliases], kind, members }) => ({ canonical, aliases, kind, members })),
      }));
    fc.assert(
      fc.property(directories, (directory) => {
        const read = directoryFromCsv(directoryToCsv(directory));
        expect(read).toEqual({ ok: true, value: directory, warnings: [] });
      }),
    );
  });
});
