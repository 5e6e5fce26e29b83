import { analyse } from '../../../src/core/analyse';
import { applyEdits, NO_EDITS, openProposals } from '../../../src/core/units/directory-edits';
import type { UnitDirectory } from '../../../src/core/units/unit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../../src/core/read';

const DIRECTORY: UnitDirectory = {
  entries: [
    { canonical: '县市场监管局', aliases: [], kind: 'bureau', members: [] },
    { canonical: '县市场监督管理局', aliases: ['市场监督管理局'], kind: 'bureau', members: [] },
    { canonical: '各镇街', aliases: [], kind: 'group', members: ['甲镇', '县市场监督管理局'] },
  ],
};

describe('directory edits', () => {
  test('merging a pair makes the second body’s names aliases of the first, also inside groups', () => {
    const merged = applyEdits(DIRECTORY, { ...NO_EDITS, merged: [['县市场监管局', '县市场监督管理局']] });
    expect(merged.entries.map((e) => [e.canonical, e.aliases, e.members])).toEqual([
      ['县市场监管局', ['县市场监督管理局', '市场监督管理局'], []],
      ['各镇街', [], ['甲镇', '县市场监管局']],
    ]);
    expect(DIRECTORY.entries).toHaveLength(3);
  });

  test('a group’s members are set as the clerk lists them, blanks and repeats dropped', () => {
    const edited = applyEdits(DIRECTORY, { ...NO_EDITS, members: { 各镇街: ['甲镇', ' 乙镇 ', '', '甲镇'] } });
    expect(edited.entries.find((e) => e.canonical === '各镇街')?.members).toEqual(['甲镇', '乙镇']);
  });

  test('a pair decided either way, in either order, is no longer proposed', () => {
    const proposals = [
      { a: '县市场监管局', b: '县市场监督管理局', reason: '', code: '', args: {} },
      { a: '县应急局', b: '县应急管理局', reason: '', code: '', args: {} },
    ];
    expect(openProposals(proposals, { ...NO_EDITS, distinct: [['县市场监督管理局', '县市场监管局']] })).toEqual([proposals[1]]);
  });

  test('on seed 001, merging the proposed pair joins the two bureaus in the pivot and flags the second writing', async () => {
    const read = await readDocument('001.txt', readFileSync(join(__dirname, '../../../seeds/001_1088d2aaa7c2a7e4.txt')));
    if (!read.ok) throw new Error(read.error.message);
    const before = analyse([read.value]);
    expect(before.proposals.map((p) => [p.a, p.b])).toEqual([['县公安局', '县公安局交巡警大队']]);
    const load = (a: typeof before, unit: string) => a.byUnit.find((u) => u.canonical === unit);
    const tasks = (a: typeof before, unit: string) => (load(a, unit)?.lead.length ?? 0) + (load(a, unit)?.support.length ?? 0);
    expect([tasks(before, '县公安局'), tasks(before, '县公安局交巡警大队')]).toEqual([6, 1]);
    const variants = (a: typeof before) => a.flags.filter((f) => f.code === 'name-variant').length;
    expect(variants(before)).toBe(0);

    const after = analyse([read.value], { edits: { ...NO_EDITS, merged: [['县公安局', '县公安局交巡警大队']] } });
    expect(after.proposals).toEqual([]);
    expect(load(after, '县公安局交巡警大队')).toBeUndefined();
    expect(tasks(after, '县公安局')).toBe(7);
    expect(variants(after)).toBe(1);

    const kept = analyse([read.value], { edits: { ...NO_EDITS, distinct: [['县公安局', '县公安局交巡警大队']] } });
    expect(kept.proposals).toEqual([]);
    expect(load(kept, '县公安局交巡警大队')).toBeDefined();
  });
});
