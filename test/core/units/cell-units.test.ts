import { readCellUnits, type UnitToken } from '../../../src/core/units/cell-units';

const brief = (tokens: UnitToken[]): string[] =>
  tokens.map((t) => `${t.written}${t.name === t.written ? '' : `=${t.name}`}${t.openEnded ? ' 等' : ''}${t.marker ? ` ${t.marker}` : ''}`);

describe('readCellUnits', () => {
  it('marks the name that closes an open-ended list with 等, ……等 or …等', () => {
    expect(brief(readCellUnits('县公安局、县教委等，各乡镇（街道）'))).toEqual(['县公安局', '县教委 等', '各乡镇（街道）']);
    expect(brief(readCellUnits('县水利局……等'))).toEqual(['县水利局 等']);
    expect(brief(readCellUnits('县水利局…等'))).toEqual(['县水利局 等']);
  });

  it('reads 「A等B」 as unit A (open-ended) and the group or reference B', () => {
    expect(brief(readCellUnits('区应急局等区安委会相关成员单位、各镇街'))).toEqual(['区应急局 等', '区安委会相关成员单位', '各镇街']);
    expect(brief(readCellUnits('生态环境局等有关行业部门'))).toEqual(['生态环境局 等', '有关行业部门']);
  });

  it('does not cut a name at a 等 that is followed by a body', () => {
    expect(brief(readCellUnits('县高等教育中心'))).toEqual(['县高等教育中心']);
  });

  it('gives a shared 「各成员单位」 back to every committee listed before it', () => {
    expect(brief(readCellUnits('安委会、防减救灾委、消安委各成员单位，各镇街'))).toEqual([
      '安委会=安委会各成员单位',
      '防减救灾委=防减救灾委各成员单位',
      '消安委各成员单位',
      '各镇街',
    ]);
  });

  it('leaves a committee named on its own, and a bureau before a committee’s members, as written', () => {
    expect(brief(readCellUnits('县安委会、县防减救灾委，各乡镇（街道）'))).toEqual(['县安委会', '县防减救灾委', '各乡镇（街道）']);
    expect(brief(readCellUnits('县发展改革委、县安委会各成员单位'))).toEqual(['县发展改革委', '县安委会各成员单位']);
  });

  it('takes 「X牵头」 and 「X配合」 off the name, for X and the names listed before it in the clause', () => {
    expect(brief(readCellUnits('县应急局、县公安局牵头，县交通运输委配合'))).toEqual([
      '县应急局 lead',
      '县公安局 lead',
      '县交通运输委 support',
    ]);
    expect(brief(readCellUnits('由县应急局牵头、县公安局'))).toEqual(['县应急局 lead', '县公安局']);
  });
});

describe('readCellUnits, roles written as words', () => {
  it('reads 「分工负责」, 「共同负责」 or 「按职责分工负责」 as shared work, not as a lead', () => {
    expect(brief(readCellUnits('县应急局、县公安局分工负责'))).toEqual(['县应急局 shared', '县公安局 shared']);
    expect(brief(readCellUnits('县交通局、县住建委共同负责'))).toEqual(['县交通局 shared', '县住建委 shared']);
    expect(brief(readCellUnits('县应急局牵头，县公安局、县消防救援大队按职责分工负责'))).toEqual(['县应急局 lead', '县公安局 shared', '县消防救援大队 shared']);
  });

  it('still reads 「负责」 after one unit as its lead', () => {
    expect(brief(readCellUnits('县应急局负责'))).toEqual(['县应急局 lead']);
  });

  it('takes a role written in brackets off the name', () => {
    expect(brief(readCellUnits('县应急局（牵头）、县公安局（配合）'))).toEqual(['县应急局 lead', '县公安局 support']);
    expect(brief(readCellUnits('各乡镇（街道）'))).toEqual(['各乡镇（街道）']);
  });
});

describe('readCellUnits, shared parts', () => {
  it('gives a bare organ the place named before it', () => {
    expect(brief(readCellUnits('各区县党委、政府'))).toEqual(['各区县党委', '各区县政府']);
  });

  it('gives a place named alone the organs of the place after it', () => {
    expect(brief(readCellUnits('甲区、乙区党工委、管委会'))).toEqual(['甲区党工委', '甲区管委会', '乙区党工委', '乙区管委会']);
  });

  it('leaves names that merely end like another as written', () => {
    expect(brief(readCellUnits('县应急局、县政府'))).toEqual(['县应急局', '县政府']);
    expect(brief(readCellUnits('县委、县政府'))).toEqual(['县委', '县政府']);
    expect(brief(readCellUnits('高新区、县应急局'))).toEqual(['高新区', '县应急局']);
    expect(brief(readCellUnits('甲区，乙区党工委'))).toEqual(['甲区', '乙区党工委']);
  });
});
