import { levelOf, stemKey, stripLevel, unitKey } from '../../../src/core/units/normalise';

describe('unitKey', () => {
  it('folds full-width letters, digits and parentheses, and removes spacing of every kind', () => {
    expect(unitKey('县 应急\u3000管理局')).toBe(unitKey('县应急管理局'));
    expect(unitKey('县气象局（县预警信息发布中心）')).toBe(unitKey('县气象局(县预警信息发布中心)'));
  });

  it('keys a name by the level its prefix states, else by the level of its document', () => {
    expect(stemKey('县应急管理局')).toBe(stemKey('应急管理局'));
    expect(unitKey('应急管理局', '县')).toBe(unitKey('县应急管理局'));
    expect(unitKey('县级有关部门')).toBe(unitKey('有关部门', '县'));
    expect(unitKey('区应急管理局')).not.toBe(unitKey('县应急管理局'));
    expect(unitKey('市应急管理局', '县')).not.toBe(unitKey('应急管理局', '县'));
    expect(unitKey('应急管理局')).not.toBe(unitKey('应急管理局', '县'));
  });

  it('reads the level a name states: a prefix, 县级 or 县委, never the 市 of 市场', () => {
    expect(['县应急局', '区级有关部门', '市财政局', '县委宣传部', '有关县级部门', '县民政局'].map(levelOf)).toEqual(['县', '区', '市', '县', '县', '县']);
    expect(['市场监督管理局', '市政设施管理处', '区域协作办', '高新区公安分局', '应急局'].map(levelOf)).toEqual(['', '', '', '', '']);
  });

  it('keeps 县委/区委 (the Party committee) and words that begin with 市 (市场, 市政)', () => {
    expect(stripLevel('县委宣传部')).toBe('县委宣传部');
    expect(stripLevel('市场监督管理局')).toBe('市场监督管理局');
    expect(stripLevel('市政设施管理处')).toBe('市政设施管理处');
    expect(unitKey('县委办公室')).not.toBe(unitKey('办公室'));
  });

  it('folds the usual abbreviations onto the full name', () => {
    const same: Array<[string, string]> = [
      ['县市场监管局', '市场监督管理局'],
      ['县住房城乡建委', '住房和城乡建设委员会'],
      ['发改委', '县发展改革委'],
      ['区应急局', '县应急管理局'],
      ['经信委', '县经济信息委'],
      ['规划和自然资源局', '县规划自然资源局'],
      ['县国动办', '国防动员办公室'],
      ['卫健委', '县卫生健康委员会'],
    ];
    for (const [a, b] of same) expect([a, stemKey(a)]).toEqual([a, stemKey(b)]);
  });

  it('keeps different bureaus apart', () => {
    expect(unitKey('建设局')).not.toBe(unitKey('城市建设事务中心'));
    expect(unitKey('县民族宗教委')).not.toBe(unitKey('县教委'));
    expect(unitKey('县安委会')).not.toBe(unitKey('县安委办'));
  });

  it('keys each half of 「A（B）」 on its own', () => {
    expect(unitKey('县发展改革委（县国动办）')).toBe(unitKey('发展和改革委员会（国防动员办公室）', '县'));
  });
});
