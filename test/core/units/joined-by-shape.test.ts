import { joinedByShape } from '../../../src/core/units/joined';
import { analyse } from '../../../src/core/analyse';
import { textDocument } from '../audit/make-task';

describe('joinedByShape', () => {
  test.each([
    ['派出所工商所', ['派出所', '工商所']],
    ['甲街道乙街道', ['甲街道', '乙街道']],
    ['县应急局县公安局', ['县应急局', '县公安局']],
    ['县委县政府', ['县委', '县政府']],
    ['甲镇乙镇丙镇', ['甲镇', '乙镇', '丙镇']],
    ['某街道某街道', ['某街道', '某街道']],
    ['县应急局德清县公安局', ['县应急局', '德清县公安局']],
  ])('cuts 「%s」 where a new name starts', (name, parts) => {
    expect(joinedByShape(name)).toEqual(parts);
  });

  test.each(['县委宣传部', '县文化旅游委员会', '市场监督管理局', '综合行政执法局', '县卫生健康委员会', '县公安局交巡警大队', '某某镇卫生院', '县政府办公室', '县人民政府办公室', '镇派出所', '各镇街道办事处'])(
    'keeps the single name 「%s」 whole',
    (name) => {
      expect(joinedByShape(name)).toBeUndefined();
    },
  );
});

test('a cell with two names run together that no directory knows is flagged joined-units', () => {
  const document = textDocument([['序号', 'seq'], ['工作任务', 'group'], ['责任单位', 'units']], [['1', '治安巡查', '派出所工商所'], ['2', '隐患排查', '县应急局']]);
  const flags = analyse([document]).flags.filter((f) => f.code === 'joined-units');
  expect(flags.map((f) => [f.row, f.units, f.message])).toEqual([[0, ['派出所工商所'], '「派出所工商所」是「派出所」和「工商所」连写在一起，中间缺少分隔符。']]);
});
