// The assignment grammar, one form per case: what it reads as leads, supporters, shared work and persons.

import { bodyAssignment, isAssignmentText, parseAssignment } from '../../../src/core/text/assignment';

/** 「name:role」 (role '-' when the text says none), and persons after a bar. */
function read(text: string): string[] {
  const { names, persons } = parseAssignment(text);
  return [...names.map((n) => `${n.written}${n.openEnded ? '等' : ''}:${n.role ?? '-'}`), ...persons.map((p) => `|${p}`)];
}

describe('parseAssignment', () => {
  test.each([
    ['〔甲局牵头，各镇（街道）、有关单位分工负责〕', ['甲局:lead', '各镇（街道）:shared', '有关单位:shared']],
    ['（牵头单位：甲局；责任单位：乙局、丙局等）', ['甲局:lead', '乙局:-', '丙局等:-']],
    ['(牵头单位:甲局;配合单位:乙局,丙局)', ['甲局:lead', '乙局:support', '丙局:-']],
    ['由县应急局负责', ['县应急局:lead']],
    ['由某副市长负责，甲局牵头，相关部门配合', ['甲局:lead', '相关部门:support', '|某副市长']],
    ['由甲局承办，乙局协办', ['甲局:lead', '乙局:support']],
    ['甲局、乙局牵头落实', ['甲局:lead', '乙局:lead']],
    ['丙委配合落实', ['丙委:support']],
    ['县应急局负责，县公安局、县交通局配合', ['县应急局:lead', '县公安局:support', '县交通局:support']],
    ['县应急局牵头、县公安局配合', ['县应急局:lead', '县公安局:support']],
    ['★县应急局、县公安局', ['县应急局:lead', '县公安局:-']],
    ['*县应急局，▲县公安局', ['县应急局:lead', '县公安局:lead']],
    ['县应急局（牵头）、县公安局（配合）', ['县应急局:lead', '县公安局:support']],
    ['县住房和城乡建设局、县委和县政府', ['县住房和城乡建设局:-', '县委:-', '县政府:-']],
    ['县应急局 县公安局及县交通局', ['县应急局:-', '县公安局:-', '县交通局:-']],
    ['责任领导：张三副县长；责任单位：县应急局', ['县应急局:-', '|张三副县长']],
    ['分管县领导：李四', ['|李四']],
    ['此项工作由市安监局牵头，各行业主管、监管部门分工负责', ['市安监局:lead', '各行业主管部门:shared', '各行业监管部门:shared']],
    ['省应急厅牵头，省、中直负有安全生产监管职责的部门按职责分工负责', ['省应急厅:lead', '省负有安全生产监管职责的部门:shared', '中直负有安全生产监管职责的部门:shared']],
    ['市发改委、市政府各部门、各直属机构', ['市发改委:-', '市政府各部门:-', '市政府各直属机构:-']],
    ['区应急局等区安委会相关成员单位', ['区应急局等:-', '区安委会相关成员单位:-']],
    ['区发改局牵头，区水务局等部门配合', ['区发改局:lead', '区水务局等:support']],
    ['省科技厅、省发改委等负责，列第一位的为牵头部门', ['省科技厅:lead', '省发改委等:support']],
    ['财政局、工商联（列第一位者为牵头或汇总单位，下同）', ['财政局:-', '工商联:-']],
    ['该项整治由市住建局负责', ['市住建局:lead']],
    ['请市文明办协调解决', ['市文明办:lead']],
    ['上述问题均由区城管局牵头', ['区城管局:lead']],
    ['包片单位县文广局、责任部门县民政局', ['县文广局:-', '县民政局:-']],
  ])('reads 「%s」', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('bodyAssignment', () => {
  it('keeps only the clauses that list units, and says what it kept', () => {
    expect(bodyAssignment('责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。')?.text).toBe(
      '责任单位：省发展改革委、省市场监管局按职责分工负责',
    );
  });

  it('reads no assignment in a sentence that only sounds like one', () => {
    expect(bodyAssignment('各地要加强领导，切实负责')).toBeUndefined();
    expect(bodyAssignment('2025年6月底前完成')).toBeUndefined();
  });

  it('takes a plain list of units only where the caller says the place marks an assignment', () => {
    expect(bodyAssignment('市人社局、市财政局')).toBeUndefined();
    expect(bodyAssignment('市人社局、市财政局', { marksRequired: false })?.text).toBe('市人社局、市财政局');
  });
});

describe('a label says its names are units', () => {
  test('names of no organ’s shape under 「责任单位：」 still assign, as the same words without the label do not', () => {
    expect(bodyAssignment('责任单位：征地指挥部、仁兴')?.assignment.names.map((n) => n.written)).toEqual(['征地指挥部', '仁兴']);
    expect(bodyAssignment('征地指挥部、仁兴负责')).toBeUndefined();
  });

  test('a label vouches for a short name only: the words of a sentence after it are no units', () => {
    expect(bodyAssignment('责任单位：县市场监管局、排水沟盖板破损严重')).toBeUndefined();
  });
});

describe('isAssignmentText', () => {
  it('tells a cell of units from a sentence', () => {
    expect(isAssignmentText('省安委办、省应急管理厅牵头,各设区市安委办、应急管理局落实。')).toBe(true);
    expect(isAssignmentText('▲发改局,各部门,各镇乡(街道)')).toBe(true);
    expect(isAssignmentText('建成县残疾人综合服务中心')).toBe(false);
    expect(isAssignmentText('加强重点行业领域隐患排查')).toBe(false);
  });
});
