import fc from 'fast-check';
import { buildDirectory } from '../../../src/core/units/build-directory';
import { directoryFromRows, directoryToRows } from '../../../src/core/units/directory-rows';
import type { UnitDirectory, UnitKind } from '../../../src/core/units/unit';
import { readSeedsWithTables } from '../tasks/seed-documents';

const HEADER = ['单位名称', '别名', '类型', '成员'];

describe('directoryFromRows', () => {
  it('reads names, aliases and members separated by 、 and the kind as 单位/统称/泛指', () => {
    const result = directoryFromRows([
      HEADER,
      ['综合执法局（应急管理局）', '应急管理局、县应急局', '单位', ''],
      ['各镇街', '各乡镇（街道）', '统称', '甲镇、乙街道'],
      ['有关行业部门', '', '泛指', ''],
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        entries: [
          { canonical: '综合执法局（应急管理局）', aliases: ['应急管理局', '县应急局'], kind: 'bureau', members: [] },
          { canonical: '各镇街', aliases: ['各乡镇（街道）'], kind: 'group', members: ['甲镇', '乙街道'] },
          { canonical: '有关行业部门', aliases: [], kind: 'vague', members: [] },
        ],
      },
      warnings: [],
    });
  });

  it('reads 群体, the word older workbooks and clerks\' files use, as 统称 without a warning', () => {
    const result = directoryFromRows([HEADER, ['各镇街', '', '群体', '甲镇、乙街道'], ['各成员单位', '', '统称', '']]);
    expect(result.ok && result.value.entries.map((e) => e.kind)).toEqual(['group', 'group']);
    expect(result.warnings).toEqual([]);
  });

  it('accepts a header written with spaces, short rows and blank rows, and infers a missing kind', () => {
    const result = directoryFromRows([['单位 名称', '别 名', '类型', '成员'], [], ['县公安局'], ['', '', '', '']]);
    expect(result).toEqual({ ok: true, value: { entries: [{ canonical: '县公安局', aliases: [], kind: 'bureau', members: [] }] }, warnings: [] });
  });

  it('refuses a sheet whose first row is not the header', () => {
    expect(directoryFromRows([['县公安局', '', '单位', '']])).toEqual({
      ok: false,
      error: {
        code: 'directory-header',
        message: '单位名录的第一行应为表头「单位名称,别名,类型,成员」，实际是「县公安局,,单位,」。',
        args: { expected: '单位名称,别名,类型,成员', found: '县公安局,,单位,' },
      },
      warnings: [],
    });
    expect(directoryFromRows([]).ok).toBe(false);
  });

  it('reports bad rows by line and keeps the rest', () => {
    const result = directoryFromRows([
      HEADER,
      ['县应急管理局', '', '单位', ''],
      ['', '应急局', '单位', ''],
      ['县应急局', '', '单位', ''],
      ['县公安局', '应急管理局、公安局', '局', '', '多余'],
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        entries: [
          { canonical: '县应急管理局', aliases: [], kind: 'bureau', members: [] },
          { canonical: '县公安局', aliases: ['公安局'], kind: 'bureau', members: [] },
        ],
      },
      warnings: [
        { code: 'directory-no-name', message: '第 3 行：没有单位名称，此行已忽略。', args: { line: 3 } },
        {
          code: 'directory-duplicate',
          message: '第 4 行：「县应急局」与第 2 行的「县应急管理局」是同一名称，此行已忽略。',
          args: { line: 4, name: '县应急局', otherLine: 2, other: '县应急管理局' },
        },
        { code: 'directory-extra-cells', message: '第 5 行：多于 4 列，第 5 列起的内容已忽略。', args: { line: 5 } },
        {
          code: 'directory-duplicate',
          message: '第 5 行：别名「应急管理局」已是第 2 行「县应急管理局」的名称，此别名已忽略。',
          args: { line: 5, alias: '应急管理局', otherLine: 2, other: '县应急管理局' },
        },
        { code: 'directory-bad-kind', message: '第 5 行：类型「局」应为 单位、统称 或 泛指，已按名称判断为「单位」。', args: { line: 5, written: '局', kind: 'bureau' } },
      ],
    });
  });
});

describe('directoryToRows', () => {
  it('writes the header and one row per entry', () => {
    const directory: UnitDirectory = { entries: [{ canonical: '各镇街', aliases: ['各乡镇（街道）'], kind: 'group', members: ['甲镇', '乙街道'] }] };
    expect(directoryToRows(directory)).toEqual([HEADER, ['各镇街', '各乡镇（街道）', '统称', '甲镇、乙街道']]);
  });

  it('writes the directory built from the seeds as rows that read back exactly', async () => {
    const { directory } = buildDirectory(await readSeedsWithTables());
    const rows = directoryToRows(directory);
    expect(rows.slice(0, 3)).toEqual([HEADER, ['县应急管理局', '', '单位', ''], ['综合执法局（应急管理局）', '应急管理局、综合执法局', '单位', '']]);
    expect(directoryFromRows(rows)).toEqual({ ok: true, value: directory, warnings: [] });
  });

  it('round-trips any directory of distinct names exactly', () => {
    // Names as documents have them: no separators outside brackets, brackets balanced.
    const stem = fc.stringMatching(/^[甲乙丙丁戊局委办]{1,5}$/);
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
        expect(directoryFromRows(directoryToRows(directory))).toEqual({ ok: true, value: directory, warnings: [] });
      }),
    );
  });
});
