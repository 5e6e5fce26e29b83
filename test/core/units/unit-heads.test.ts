import { withoutHeads } from '../../../src/core/units/unit-heads';

describe('withoutHeads', () => {
  test.each([
    ['牵头单位及主要负责人', '市民政局 伍泽国', '市民政局'],
    ['牵头单位及 主要负责人', '市民政局 伍泽国、市财政局 周 斐', '市民政局、市财政局'],
    ['责任部门及联系人', '县应急局 王某\n县公安局 李某某', '县应急局\n县公安局'],
    ['牵头单位及主要负责人', '市民政局 市财政局', '市民政局 市财政局'],
  ])('under 「%s」, 「%s」 reads as 「%s」', (label, text, expected) => expect(withoutHeads(label, text)).toBe(expected));

  test('leaves a name after a unit alone where the label says nothing of persons (it may be an abbreviated bureau)', () => {
    expect(withoutHeads('责任单位', '县应急局 消防')).toBe('县应急局 消防');
  });
});
