import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import type { UnitDirectory } from '../../src/core/units/unit';
import { docx, p, tbl, tc, tr } from '../fixtures/docx-builder';
import { textDocument } from './audit/make-task';
import { SEEDS } from './read/seed-files';
import { readSeed } from './tasks/seed-documents';

let dianjiang: SourceDocument;
beforeAll(async () => {
  dianjiang = await readSeed(SEEDS.dianjiang);
});

const clerkDirectory: UnitDirectory = {
  entries: [
    { canonical: '县应急管理局', aliases: ['县应急局'], kind: 'bureau', members: [] },
    { canonical: '县林草局', aliases: [], kind: 'bureau', members: [] },
    { canonical: '各乡镇（街道）', aliases: ['各镇街'], kind: 'group', members: ['桂溪街道', '澄溪镇'] },
  ],
};

describe('analyse', () => {
  test('without a directory it builds one from the documents, keeps its proposals, and calls no name unknown', () => {
    const analysis = analyse([dianjiang]);
    expect(analysis.directoryGiven).toBe(false);
    expect(analysis.directory.entries.map((e) => e.canonical)).toContain('县应急管理局');
    expect(analysis.proposals.length).toBeGreaterThan(0);
    expect(analysis.tasks).toHaveLength(121);
    expect(analysis.flags.filter((f) => f.code === 'unknown-unit')).toEqual([]);
  });

  test('with the clerk’s directory it uses that one, proposes nothing, and flags the names outside it', () => {
    const analysis = analyse([dianjiang], { directory: clerkDirectory });
    expect(analysis.directoryGiven).toBe(true);
    expect(analysis.directory).toBe(clerkDirectory);
    expect(analysis.proposals).toEqual([]);
    const unknown = analysis.flags.filter((f) => f.code === 'unknown-unit');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.flatMap((f) => f.units)).not.toContain('县应急管理局');
    expect(unknown.flatMap((f) => f.units)).toContain('县气象局（县预警信息发布中心）');
  });

  test('the clerk’s groups reach their members, and directory bureaus with no task are listed', () => {
    const analysis = analyse([dianjiang], { directory: clerkDirectory });
    const town = analysis.byUnit.find((l) => l.canonical === '澄溪镇');
    expect(town?.viaGroup.length).toBe(89);
    expect(town?.viaGroup.every((v) => v.group === '各乡镇（街道）')).toBe(true);
    expect(analysis.coverage.unitsWithoutTask).toEqual(['县林草局']);
  });

  test('the pivot covers every task: 县应急管理局 leads 37 and supports 12, most in 「四、重点措施」', () => {
    const analysis = analyse([dianjiang]);
    expect(analysis.matrix.tasks).toHaveLength(analysis.tasks.length);
    const emergency = analysis.byUnit[0];
    expect(emergency).toMatchObject({ canonical: '县应急管理局', kind: 'bureau' });
    expect([emergency?.lead.length, emergency?.support.length]).toEqual([37, 12]);
    expect(emergency?.perTable.find((t) => t.title === '四、重点措施')).toMatchObject({ lead: 23, support: 7 });
    expect(analysis.coverage.overloaded.map((o) => o.canonical)).toEqual(['县应急管理局', '县住房城乡建委（县城市管理局）', '县消防救援局']);
  });

  test('without the first-listed convention no unit is marked as lead', () => {
    const analysis = analyse([dianjiang], { firstListedLeads: false });
    expect(analysis.matrix.marks.flat()).not.toContain('牵');
    expect(analysis.byUnit.every((l) => l.lead.length === 0)).toBe(true);
  });

  test('where a table has 牵头 and 配合 columns, the lead rules judge every task', () => {
    const plan = textDocument(
      [
        ['序号', 'seq'],
        ['工作任务', 'group'],
        ['牵头单位', 'lead'],
        ['配合单位', 'support'],
      ],
      [
        ['1', '开展燃气安全排查。', '区经济信息委', '区市场监管局、区应急局'],
        ['2', '完善应急预案。', '', '区应急局'],
        ['3', '推进消防设施建设。', '区住房城乡建委、区水利局', '区消防救援支队'],
        ['4', '加强执法。', '区应急局', '区应急局、区公安分局'],
      ],
    );
    const analysis = analyse([plan]);
    expect(analysis.flags.map((f) => [f.code, f.row, f.column])).toEqual([
      ['no-lead', 1, 2],
      ['many-leads', 2, 2],
      ['lead-and-support', 3, 3],
    ]);
    expect(analysis.matrix.marks[3]?.[analysis.matrix.units.indexOf('区应急局')]).toBe('牵');
  });

  test('a .docx 责任单位 cell merged into the one above is not blank; a blank one is, with no merge to suggest', async () => {
    const header = tr(['序号', '名称', '责任单位']);
    const bytes = await docx(
      p('三、重点措施') +
        tbl(
          3,
          header,
          tr(['1', '燃气安全专项整治', tc('区经济信息委、各镇街', { vMerge: 'restart' })]),
          tr(['2', '推动燃气安全监管智能化建设', tc('', { vMerge: 'continue' })]),
          tr(['3', '完善燃气经营许可管理制度', '']),
        ),
    );
    const read = await readDocument('plan.docx', bytes);
    if (!read.ok) throw new Error(read.error.message);
    const flags = analyse([read.value]).flags.filter((f) => f.code === 'blank-unit');
    expect(flags.map((f) => [f.row, f.column, f.message])).toEqual([[2, 2, '该任务没有填写责任单位。']]);
  });

  describe('documents of different governments', () => {
    const county = textDocument([['序号', 'seq'], ['责任单位', 'units']], [['1', '县应急管理局、县公安局'], ['2', '应急局、县水利局'], ['3', '市应急管理局']]);
    const district = textDocument([['序号', 'seq'], ['责任单位', 'units']], [['1', '区应急局、区公安分局'], ['2', '区应急局']]);
    const loads = (documents: SourceDocument[], directory?: UnitDirectory): Array<[string, number]> =>
      analyse(documents, { directory }).byUnit.filter((l) => l.canonical.includes('应急')).map((l) => [l.canonical, l.lead.length + l.support.length]);

    test('keep the county’s and the district’s bureau apart, a bare name being the county’s and 市X the city’s', () => {
      expect(loads([county, district])).toEqual([
        ['区应急局', 2],
        ['县应急管理局', 2],
        ['市应急管理局', 1],
      ]);
    });

    test('meet in a bureau the clerk’s directory writes bare, which answers to every level', () => {
      const bare: UnitDirectory = { entries: [{ canonical: '应急管理局', aliases: [], kind: 'bureau', members: [] }] };
      expect(loads([county, district], bare)).toEqual([['应急管理局', 5]]);
    });

    test('do not meet in a bureau the clerk’s directory writes with a prefix: the other level’s is unknown', () => {
      const prefixed: UnitDirectory = { entries: [{ canonical: '区应急局', aliases: [], kind: 'bureau', members: [] }] };
      const analysis = analyse([county, district], { directory: prefixed });
      expect(analysis.byUnit.find((l) => l.canonical === '区应急局')?.lead).toHaveLength(2);
      const unknown = analysis.flags.filter((f) => f.code === 'unknown-unit').flatMap((f) => f.units);
      expect(unknown).toEqual(expect.arrayContaining(['县应急管理局', '应急局', '市应急管理局']));
      expect(unknown).not.toContain('区应急局');
    });
  });

  test('no documents give an empty analysis', () => {
    expect(analyse([])).toMatchObject({ tasks: [], flags: [], byUnit: [], matrix: { tasks: [], units: [], marks: [] } });
  });
});
