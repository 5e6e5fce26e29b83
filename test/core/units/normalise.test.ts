import { foldWidth, stripLevel, unitKey } from '../../../src/core/units/normalise';

describe('unitKey', () => {
  it('folds full-width letters, digits and parentheses, and removes spacing of every kind', () => {
    expect(foldWidth('ＡＢ１（２）')).toBe('AB1(2)');
    expect(unitKey('县 应急\u3000管理局')).toBe(unitKey('县应急管理局'));
    expect(unitKey('县气象局（县预警信息发布中心）')).toBe(unitKey('县气象局(县预警信息发布中心)'));
  });

  it('drops a level prefix before a bureau name', () => {
    expect(unitKey('县应急管理局')).toBe(unitKey('应急管理局'));
    expect(unitKey('区应急管理局')).toBe(unitKey('市应急管理局'));
    expect(unitKey('县级有关部门')).toBe(unitKey('有关部门'));
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
    for (const [a, b] of same) expect([a, unitKey(a)]).toEqual([a, unitKey(b)]);
  });

  it('keeps different bureaus apart', () => {
    expect(unitKey('建设局')).not.toBe(unitKey('城市建设事务中心'));
    expect(unitKey('县民族宗教委')).not.toBe(unitKey('县教委'));
    expect(unitKey('县安委会')).not.toBe(unitKey('县安委办'));
  });

  it('keys each half of 「A（B）」 on its own', () => {
    expect(unitKey('县发展改革委（县国动办）')).toBe(unitKey('发展和改革委员会（国防动员办公室）'));
  });
});
