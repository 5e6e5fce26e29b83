import { indexDirectory, resolveUnit } from '../../../src/core/units/directory-index';
import type { UnitDirectory } from '../../../src/core/units/unit';

const directory: UnitDirectory = {
  entries: [
    { canonical: '综合执法局（应急管理局）', aliases: [], kind: 'bureau', members: [] },
    { canonical: '市场监督管理局', aliases: ['县市场监管局'], kind: 'bureau', members: [] },
    { canonical: '城市管理局', aliases: [], kind: 'bureau', members: [] },
    { canonical: '各镇街', aliases: ['各乡镇（街道）'], kind: 'group', members: ['甲镇', '乙街道'] },
  ],
};

describe('resolveUnit', () => {
  it('resolves a name, an alias, a level-prefixed or abbreviated form to the entry', () => {
    for (const written of ['市场监督管理局', '县市场监管局', '区市场监督管理局', '市场监管局']) {
      expect([written, resolveUnit(directory, written)]).toEqual([written, { canonical: '市场监督管理局', kind: 'bureau', known: true }]);
    }
  });

  it('resolves either half of a 「A（B）」 name, and the halves of a written 「A（B）」', () => {
    expect(resolveUnit(directory, '县应急局')).toEqual({ canonical: '综合执法局（应急管理局）', kind: 'bureau', known: true });
    expect(resolveUnit(directory, '综合执法局')).toEqual({ canonical: '综合执法局（应急管理局）', kind: 'bureau', known: true });
    expect(resolveUnit(directory, '县住房城乡建委（县城市管理局）')).toEqual({ canonical: '城市管理局', kind: 'bureau', known: true });
  });

  it('lets an explicit name win over the half of another entry’s 「A（B）」', () => {
    const index = indexDirectory({
      entries: [
        { canonical: '县发展改革委（县国动办）', aliases: [], kind: 'bureau', members: [] },
        { canonical: '国防动员办公室', aliases: [], kind: 'bureau', members: [] },
      ],
    });
    expect(resolveUnit(index, '县国动办').canonical).toBe('国防动员办公室');
    expect(resolveUnit(index, '县发展改革委').canonical).toBe('县发展改革委（县国动办）');
  });

  it('gives an unknown name its own text and kind, marked unknown', () => {
    expect(resolveUnit(directory, ' 有关行业部门 ')).toEqual({ canonical: '有关行业部门', kind: 'vague', known: false });
    expect(resolveUnit(directory, '建设局')).toEqual({ canonical: '建设局', kind: 'bureau', known: false });
  });
});
