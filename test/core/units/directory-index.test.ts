import { indexDirectory, resolveUnit } from '../../../src/core/units/directory-index';
import type { UnitDirectory } from '../../../src/core/units/unit';

const directory: UnitDirectory = {
  entries: [
    { canonical: '综合执法局（应急管理局）', aliases: [], kind: 'bureau', members: [] },
    { canonical: '市场监督管理局', aliases: ['市场监管局'], kind: 'bureau', members: [] },
    { canonical: '城市管理局', aliases: [], kind: 'bureau', members: [] },
    { canonical: '各镇街', aliases: ['各乡镇（街道）'], kind: 'group', members: ['甲镇', '乙街道'] },
  ],
};

describe('resolveUnit', () => {
  it('resolves a name, an alias, a level-prefixed or abbreviated form to an entry written bare, at any level', () => {
    for (const written of ['市场监督管理局', '县市场监管局', '区市场监督管理局', '市场监管局']) {
      for (const level of ['县', '区', '']) {
        expect([written, level, resolveUnit(directory, written, level)]).toEqual([written, level, { canonical: '市场监督管理局', kind: 'bureau', known: true }]);
      }
    }
  });

  it('keeps an entry written with a prefix to its level, its bare aliases included', () => {
    const leveled: UnitDirectory = {
      entries: [
        { canonical: '区应急局', aliases: ['区应急管理局'], kind: 'bureau', members: [] },
        { canonical: '县公安局', aliases: ['公安局'], kind: 'bureau', members: [] },
      ],
    };
    expect(resolveUnit(leveled, '应急管理局', '区').canonical).toBe('区应急局');
    expect(resolveUnit(leveled, '县应急管理局', '县')).toEqual({ canonical: '县应急管理局', kind: 'bureau', known: false });
    expect(resolveUnit(leveled, '应急局', '县').known).toBe(false);
    expect(resolveUnit(leveled, '公安局', '县').canonical).toBe('县公安局');
    expect(resolveUnit(leveled, '区公安局', '区').known).toBe(false);
  });

  it('prefers the entry of the mention’s own level to one written bare', () => {
    const both: UnitDirectory = {
      entries: [
        { canonical: '应急管理局', aliases: [], kind: 'bureau', members: [] },
        { canonical: '县应急局', aliases: [], kind: 'bureau', members: [] },
      ],
    };
    expect(resolveUnit(both, '县应急管理局', '县').canonical).toBe('县应急局');
    expect(resolveUnit(both, '应急管理局', '县').canonical).toBe('县应急局');
    expect(resolveUnit(both, '区应急局', '区').canonical).toBe('应急管理局');
    expect(resolveUnit(both, '市应急局', '县').canonical).toBe('应急管理局');
  });

  it('matches a bare name of a document that states no level by its stem, at whatever level the directory has it', () => {
    const county: UnitDirectory = { entries: [{ canonical: '县应急管理局', aliases: [], kind: 'bureau', members: [] }] };
    expect(resolveUnit(county, '应急局', '').canonical).toBe('县应急管理局');
    expect(resolveUnit(county, '区应急局', '').known).toBe(false);
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
        { canonical: '县国防动员办公室', aliases: [], kind: 'bureau', members: [] },
      ],
    });
    expect(resolveUnit(index, '县国动办').canonical).toBe('县国防动员办公室');
    expect(resolveUnit(index, '县发展改革委').canonical).toBe('县发展改革委（县国动办）');
  });

  it('gives an unknown name its own text and kind, marked unknown', () => {
    expect(resolveUnit(directory, ' 有关行业部门 ')).toEqual({ canonical: '有关行业部门', kind: 'vague', known: false });
    expect(resolveUnit(directory, '建设局')).toEqual({ canonical: '建设局', kind: 'bureau', known: false });
  });
});
