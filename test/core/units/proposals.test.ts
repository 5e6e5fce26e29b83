import { proposeAliases } from '../../../src/core/units/proposals';
import type { DirectoryEntry, UnitKind } from '../../../src/core/units/unit';

const entry = (canonical: string, aliases: string[] = [], kind: UnitKind = 'bureau'): DirectoryEntry => ({ canonical, aliases, kind, members: [] });

describe('proposeAliases', () => {
  it('proposes a name with a qualifier added after it, as perhaps the same body or a part of it', () => {
    expect(proposeAliases([entry('高新区公安分局'), entry('高新区公安分局交巡警支队')])).toEqual([
      {
        a: '高新区公安分局',
        b: '高新区公安分局交巡警支队',
        reason: '「高新区公安分局交巡警支队」是「高新区公安分局」后加「交巡警支队」，可能是同一单位，也可能是其下属机构，请确认',
        code: 'alias-longer',
        args: { a: '高新区公安分局', b: '高新区公安分局交巡警支队', added: '交巡警支队' },
      },
    ]);
  });

  it('proposes a name with a place before it', () => {
    expect(proposeAliases([entry('县应急管理局'), entry('垫江县应急管理局')])).toEqual([
      {
        a: '县应急管理局',
        b: '垫江县应急管理局',
        reason: '「垫江县应急管理局」比「县应急管理局」前面多了限定语，可能是同一单位，请确认',
        code: 'alias-qualified',
        args: { a: '县应急管理局', b: '垫江县应急管理局' },
      },
    ]);
  });

  it('proposes two long names one character apart, but not when the differing character is the last', () => {
    expect(proposeAliases([entry('县卫生健康委'), entry('县卫生建康委')])).toEqual([
      {
        a: '县卫生健康委',
        b: '县卫生建康委',
        reason: '「县卫生健康委」与「县卫生建康委」只差一个字，可能是同一单位的不同写法，请确认',
        code: 'alias-one-character',
        args: { a: '县卫生健康委', b: '县卫生建康委' },
      },
    ]);
    expect(proposeAliases([entry('防减救灾委'), entry('防减救灾办')])).toEqual([]);
  });

  it('does not propose a numbered series, whose names all differ in one character', () => {
    const series = ['第一', '第二', '第三', '第四', '第五'].map((n) => entry(`县消防${n}大队`));
    expect(proposeAliases(series)).toEqual([]);
  });

  it('does not propose names that only share a word, nor pairs already in one entry, nor groups', () => {
    expect(proposeAliases([entry('建设局'), entry('城市建设事务中心')])).toEqual([]);
    expect(proposeAliases([entry('县公安局', ['县公安局交巡警大队'])])).toEqual([]);
    expect(proposeAliases([entry('县安委会各成员单位', [], 'group'), entry('县安委会各成员单位甲', [], 'group')])).toEqual([]);
  });

  it('compares only names of one level, a name that states none being any level’s for a qualifier added', () => {
    expect(proposeAliases([entry('县公安局'), entry('区公安局交巡警大队'), entry('县卫生健康委'), entry('区卫生建康委')])).toEqual([]);
    expect(proposeAliases([entry('公安局'), entry('区公安局交巡警大队')]).map((p) => [p.a, p.b])).toEqual([['公安局', '区公安局交巡警大队']]);
  });

  it('gives one proposal per pair of entries', () => {
    const proposals = proposeAliases([entry('县公安局', ['区公安局']), entry('县公安局交巡警大队', ['区公安局交巡警大队'])]);
    expect(proposals.map((p) => [p.a, p.b])).toEqual([['县公安局', '县公安局交巡警大队']]);
  });
});
