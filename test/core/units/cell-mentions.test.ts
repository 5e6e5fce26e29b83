import { cellMentions } from '../../../src/core/units/cell-mentions';
import { indexDirectory } from '../../../src/core/units/directory-index';
import type { UnitDirectory } from '../../../src/core/units/unit';

const bureau = (canonical: string, aliases: string[] = []) => ({ canonical, aliases, kind: 'bureau' as const, members: [] });
const directory: UnitDirectory = {
  entries: [bureau('县公安局'), bureau('县交通运输委'), bureau('县应急管理局'), bureau('公共服务局'), bureau('综合执法局（应急管理局）')],
};
const options = { index: indexDirectory(directory), firstListedLeads: true, level: '县' };

describe('cellMentions', () => {
  it('resolves each unit, keeps it as written, and gives the first listed the lead, a group too', () => {
    expect(cellMentions({ text: '各乡镇（街道）、县应急局、县公安局等', column: 3, role: 'units' }, options)).toEqual([
      { written: '各乡镇（街道）', canonical: '各乡镇（街道）', kind: 'group', role: 'lead', roleSource: 'first-listed', column: 3, openEnded: false, known: false },
      { written: '县应急局', canonical: '县应急管理局', kind: 'bureau', role: 'support', roleSource: 'first-listed', column: 3, openEnded: false, known: true },
      { written: '县公安局', canonical: '县公安局', kind: 'bureau', role: 'support', roleSource: 'first-listed', column: 3, openEnded: true, known: true },
    ]);
  });

  it('reads two known units run together as one joined mention naming both', () => {
    const [mention] = cellMentions({ text: '县公安局县交通运输委', column: 0, role: 'units' }, options);
    expect(mention).toMatchObject({ written: '县公安局县交通运输委', canonical: '县公安局县交通运输委', kind: 'bureau', known: true, joined: ['县公安局', '县交通运输委'] });
  });

  it('reads a unit run into a 「A（B）」 name as joined, not as the second half', () => {
    const [mention] = cellMentions({ text: '公共服务局综合执法局（应急管理局）', column: 0, role: 'units' }, options);
    expect(mention.joined).toEqual(['公共服务局', '综合执法局（应急管理局）']);
  });

  it('keeps a repeated unit twice, with the same canonical name, so the repetition shows', () => {
    const mentions = cellMentions({ text: '县公安局、县应急管理局、县公安局', column: 0, role: 'units' }, options);
    expect(mentions.map((m) => m.canonical)).toEqual(['县公安局', '县应急管理局', '县公安局']);
  });

  it('lets 「X牵头，Y配合」 in a 责任单位 cell say who leads, whatever the order', () => {
    const mentions = cellMentions({ text: '县公安局配合，县应急局牵头', column: 0, role: 'units' }, options);
    expect(mentions.map((m) => [m.written, m.role, m.roleSource])).toEqual([
      ['县公安局', 'support', 'explicit'],
      ['县应急局', 'lead', 'explicit'],
    ]);
  });

  it('takes the role of a 配合单位 column whatever the cell says', () => {
    const mentions = cellMentions({ text: '县公安局牵头', column: 5, role: 'support' }, options);
    expect(mentions.map((m) => [m.written, m.role, m.roleSource])).toEqual([['县公安局', 'support', 'column']]);
  });

  it('reads a bare name in a county’s cell as the county’s bureau, and 市X or 区X as another government’s', () => {
    const county = { ...options, index: indexDirectory({ entries: [bureau('县应急管理局'), bureau('县公安局')] }) };
    const mentions = cellMentions({ text: '应急管理局、市应急管理局、区应急局', column: 0, role: 'units' }, county);
    expect(mentions.map((m) => [m.written, m.canonical, m.known])).toEqual([
      ['应急管理局', '县应急管理局', true],
      ['市应急管理局', '市应急管理局', false],
      ['区应急局', '区应急局', false],
    ]);
  });

  it('names nobody in a blank cell', () => {
    expect(cellMentions({ text: '', column: 0, role: 'units' }, options)).toEqual([]);
  });
});
