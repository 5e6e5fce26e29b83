import { recogniseHeader, roleOfLabel } from '../../../src/core/tables/column-roles';

describe('roleOfLabel', () => {
  it.each([
    ['序号', 'seq'],
    ['编号', 'seq'],
    ['名\u2002\u2002称', 'group'],
    ['名    称', 'group'],
    ['行动名称', 'group'],
    ['重点任务', 'group'],
    ['工作任务', 'group'],
    ['2025年目标', 'content'],
    ['2025年目标（内容）', 'content'],
    ['具体措施', 'content'],
    ['完成时间', 'deadline'],
    ['完成时限', 'deadline'],
    ['时间安排', 'deadline'],
    ['责任单位', 'units'],
    ['责任股室', 'units'],
    ['责任股室(单位)', 'units'],
    ['大类', 'group'],
    ['业主单位', 'units'],
    ['建设单位', 'units'],
    ['牵头单位', 'lead'],
    ['配合单位', 'support'],
    ['协办单位', 'support'],
    ['责任领导', 'other'],
    ['备注', 'note'],
    ['落实情况', 'note'],
    ['1-11月推进情况', 'note'],
    ['本月进展情况', 'note'],
    ['是否达序', 'note'],
  ])('gives 「%s」 the role %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
  });

  it('does not take a sentence of body text for a label', () => {
    expect(roleOfLabel('严格落实企业主要负责人安全生产第一责任人法定职责')).toBeUndefined();
    expect(roleOfLabel('县应急管理局')).toBeUndefined();
    expect(roleOfLabel('')).toBeUndefined();
  });
});

describe('recogniseHeader', () => {
  it('recognises the seeds’ header rows', () => {
    expect(recogniseHeader(['序号', '名    称', '2025年目标', '责任单位', '备注'])).toEqual([
      'seq', 'group', 'content', 'units', 'note',
    ]);
    expect(recogniseHeader(['行动名称', '重点任务', '完成时间', '责任单位'])).toEqual([
      'group', 'group', 'deadline', 'units',
    ]);
  });

  it('recognises a progress ledger’s header, its status columns read as notes', () => {
    expect(recogniseHeader(['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况'])).toEqual(['seq', 'content', 'other', 'lead', 'note']);
  });

  it('rejects a data row and a header without any responsibility column', () => {
    expect(recogniseHeader(['1', '交通运输领域', '盯紧客车、货车', '建设局', ''])).toBeUndefined();
    expect(recogniseHeader(['序号', '名称', '备注'])).toBeUndefined();
  });
});
