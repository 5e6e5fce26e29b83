import { unitKind } from '../../../src/core/units/kind';

describe('unitKind', () => {
  it('reads concrete bodies as bureaus, with or without a level prefix or a second name', () => {
    for (const name of ['县应急管理局', '综合执法局（应急管理局）', '高新区公安分局交巡警支队', '融媒体中心', '县委宣传部', '办公室']) {
      expect([name, unitKind(name)]).toEqual([name, 'bureau']);
    }
  });

  it('reads 各…, a committee’s 成员单位 and 全体… as groups', () => {
    for (const name of ['各镇街', '各乡镇（街道）', '安委会各成员单位', '区安委会相关成员单位', '县安旅办成员单位', '防减救灾委各成员单位', '县级各部门']) {
      expect([name, unitKind(name)]).toEqual([name, 'group']);
    }
  });

  it('reads 有关/相关 references and bare class nouns (…部门, …单位) as vague', () => {
    for (const name of ['有关行业部门', '县级有关部门', '有关县级部门', '有关镇街', '各相关单位', '有关单位', '社会应急力量业务管理部门', '属地镇街']) {
      expect([name, unitKind(name)]).toEqual([name, 'vague']);
    }
  });
});
