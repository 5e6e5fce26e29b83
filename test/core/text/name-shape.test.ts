// What a unit's name looks like, by shape alone: no directory, no list of the names seen so far.

import { nameShape } from '../../../src/core/text/name-shape';
import { isPlace, leadingPlace } from '../../../src/core/text/places';

describe('nameShape', () => {
  test.each(['县应急管理局', '德清县', '各镇街', '各乡镇（街道）', '有关部门', '县总工会', '团县委', '省妇联', '村（社区）', '市政府办公厅', '武警河北总队', '县委宣传部', '吴江海关', '文化宣传股', '县发展改革委（县粮食和物资储备局）', '省负有安全生产监管职责的部门', '各地'])(
    '「%s」 is a unit',
    (name) => expect(nameShape(name)).toBe('unit'),
  );

  test.each(['张三副县长', '分管领导', '县应急局主要负责人', '钱 宇同志'])('「%s」 is a person', (name) => expect(nameShape(name)).toBe('person'));

  test.each(['加强隐患排查', '列第一位的为牵头部门', '建成县残疾人综合服务中心', '成功创建首批浙江省美丽城镇', '具体任务均涉及相关市人民政府', '县政府的工作'])('「%s」 is prose', (name) =>
    expect(nameShape(name)).toBe('prose'),
  );

  test.each(['切实', '2025年6月底前', '相关行业'])('「%s」 is no name', (name) => expect(nameShape(name)).toBe('other'));
});

describe('place names from the GB/T 2260 data', () => {
  it('knows counties and cities by full name and by short form, districts short only from three characters', () => {
    expect(isPlace('德清县')).toBe(true);
    expect(isPlace('德清')).toBe(true);
    expect(isPlace('沙坪坝区')).toBe(true);
    expect(isPlace('城东')).toBe(false);
    expect(leadingPlace('德清县公安局')).toBe('德清县');
    expect(leadingPlace('县公安局')).toBe('');
  });
});
