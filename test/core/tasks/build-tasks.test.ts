import { buildTasks } from '../../../src/core/tasks/build-tasks';
import type { Task } from '../../../src/core/tasks/task';
import { buildDirectory } from '../../../src/core/units/build-directory';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS } from '../read/seed-files';
import { readSeed } from './seed-documents';
import { rawTable, sourceDocument } from './source-document';

const EMPTY = { directory: { entries: [] }, firstListedLeads: true };

function tasksOf(documents: SourceDocument[], firstListedLeads = true): Task[] {
  return buildTasks(documents, { directory: buildDirectory(documents).directory, firstListedLeads });
}

describe('buildTasks', () => {
  it('makes a task of every row, with its place, title, columns by role and units', () => {
    const table = rawTable(['seq', 'group', 'content', 'deadline', 'units', 'note'], [['1', '强化责任', '制定清单。', '2025年', '县应急局、县公安局', '无']], '三、重点措施');
    const [task] = buildTasks([sourceDocument([rawTable(['seq', 'units'], [['1', '甲']])]), sourceDocument([table], 'text', 'b.txt')], EMPTY).slice(1);
    expect(task).toEqual({
      document: 1,
      table: 0,
      row: 0,
      source: 'b.txt',
      tableTitle: '三、重点措施',
      seq: '1',
      heading: '强化责任',
      headingFilled: false,
      content: '制定清单。',
      deadline: '2025年',
      note: '无',
      responsibility: [{ column: 4, role: 'units', text: '县应急局、县公安局', merged: false }],
      units: [
        { written: '县应急局', canonical: '县应急局', kind: 'bureau', role: 'lead', roleSource: 'first-listed', column: 4, openEnded: false, known: false },
        { written: '县公安局', canonical: '县公安局', kind: 'bureau', role: 'support', roleSource: 'first-listed', column: 4, openEnded: false, known: false },
      ],
    });
  });

  it('takes the text above into an explicitly merged responsibility cell, and keeps a blank one blank', () => {
    const docx = sourceDocument([rawTable(['seq', 'units'], [['1', '县应急局'], ['2', { merge: 'above' }], ['3', '']])], 'docx');
    const tasks = buildTasks([docx], EMPTY);
    expect(tasks.map((t) => t.responsibility)).toEqual([
      [{ column: 1, role: 'units', text: '县应急局', merged: false }],
      [{ column: 1, role: 'units', text: '县应急局', merged: true }],
      [{ column: 1, role: 'units', text: '', merged: false }],
    ]);
    expect(tasks.map((t) => t.units.map((u) => u.written))).toEqual([['县应急局'], ['县应急局'], []]);
  });

  it('does not fill a blank responsibility cell of a text export from the row above', () => {
    const text = sourceDocument([rawTable(['group', 'units'], [['强化责任', '县应急局'], ['', '']])]);
    const [, second] = buildTasks([text], EMPTY);
    expect([second.heading, second.headingFilled, second.responsibility[0].text, second.units]).toEqual(['强化责任', true, '', []]);
  });

  it('reads 牵头单位 and 配合单位 columns with their roles', () => {
    const table = rawTable(['seq', 'lead', 'support'], [['1', '县应急局', '县公安局、县水利局']]);
    const [task] = buildTasks([sourceDocument([table])], EMPTY);
    expect(task.units.map((u) => [u.written, u.role, u.roleSource, u.column])).toEqual([
      ['县应急局', 'lead', 'column', 1],
      ['县公安局', 'support', 'column', 2],
      ['县水利局', 'support', 'column', 2],
    ]);
  });

  it('lists a 牵头单位 once when the 责任单位 beside it names it again, and keeps it when a 配合单位 column does', () => {
    const table = rawTable(['seq', 'lead', 'units', 'support'], [['1', '区城管局', '区城管局、区水投', ''], ['2', '区城管局', '', '区城管局']]);
    const [owner, support] = buildTasks([sourceDocument([table])], EMPTY);
    expect(owner.units.map((u) => [u.written, u.role, u.column])).toEqual([['区城管局', 'lead', 1], ['区水投', 'support', 2]]);
    expect(support.units.map((u) => [u.written, u.role, u.column])).toEqual([['区城管局', 'lead', 1], ['区城管局', 'support', 3]]);
  });

  it('leads by no position when the first-listed convention is off', () => {
    const [task] = buildTasks([sourceDocument([rawTable(['units'], [['县应急局、县公安局']])])], { ...EMPTY, firstListedLeads: false });
    expect(task.units.map((u) => [u.role, u.roleSource])).toEqual([['support', 'default'], ['support', 'default']]);
  });

  it('marks units known or not against the directory given', () => {
    const directory = { entries: [{ canonical: '县应急管理局', aliases: [], kind: 'bureau' as const, members: [] }] };
    const [task] = buildTasks([sourceDocument([rawTable(['units'], [['县应急局、县公安局']])])], { directory, firstListedLeads: true });
    expect(task.units.map((u) => [u.written, u.canonical, u.known])).toEqual([['县应急局', '县应急管理局', true], ['县公安局', '县公安局', false]]);
  });

  describe('on the seeds', () => {
    it('finds 县水利局 twice in one cell of 001 「四、重点措施」, both with the same canonical name', async () => {
      const tasks = tasksOf([await readSeed(SEEDS.dianjiang)]);
      const repeated = tasks.filter((t) => t.units.some((u, i) => t.units.findIndex((v) => v.canonical === u.canonical) !== i));
      expect(repeated.map((t) => [t.tableTitle, t.seq, t.heading])).toEqual([['四、重点措施', '5', '强化行业部门监管责任']]);
      expect(repeated[0].units.filter((u) => u.canonical === '县水利局').map((u) => u.written)).toEqual(['县水利局', '县水利局']);
    });

    it('names no unit for 「动态厘清新兴业态安全监管职责」 in 000 and 001, and fills its heading', async () => {
      const tasks = tasksOf([await readSeed(SEEDS.gaoxin), await readSeed(SEEDS.dianjiang)]);
      const rows = tasks.filter((t) => t.content === '动态厘清新兴业态安全监管职责。');
      expect(rows.map((t) => [t.source, t.seq, t.heading, t.headingFilled, t.responsibility[0].text, t.units])).toEqual([
        [SEEDS.gaoxin, '6', '强化行业部门监管责任', true, '', []],
        [SEEDS.dianjiang, '6', '强化行业部门监管责任', true, '', []],
      ]);
    });

    it('reads 000’s joined 「公共服务局综合执法局（应急管理局）」 as two units and its 「…等社会应急力量业务管理部门」', async () => {
      const tasks = tasksOf([await readSeed(SEEDS.gaoxin)]);
      const joined = tasks.flatMap((t) => t.units.filter((u) => u.joined));
      expect(joined.map((u) => [u.written, u.joined])).toEqual([['公共服务局综合执法局（应急管理局）', ['公共服务局', '综合执法局（应急管理局）']]]);
      const row34 = tasks.find((t) => t.tableTitle === '三、重点措施' && t.seq === '34');
      expect(row34?.units.map((u) => [u.written, u.kind, u.role, u.openEnded])).toEqual([
        ['综合执法局（应急管理局）', 'bureau', 'lead', false],
        ['城市建设事务中心', 'bureau', 'support', true],
        ['社会应急力量业务管理部门', 'vague', 'support', false],
      ]);
    });

    it('gives 000 「三、重点措施」 row 2 the committees’ members, shared from 「各成员单位」, the first listed leading', async () => {
      const tasks = tasksOf([await readSeed(SEEDS.gaoxin)]);
      const row2 = tasks.find((t) => t.tableTitle === '三、重点措施' && t.seq === '2');
      expect(row2?.units.map((u) => [u.written, u.canonical, u.kind, u.role])).toEqual([
        ['安委会', '安委会各成员单位', 'group', 'lead'],
        ['防减救灾委', '防减救灾委各成员单位', 'group', 'support'],
        ['消安委各成员单位', '消安委各成员单位', 'group', 'support'],
        ['各镇街', '各镇街', 'group', 'support'],
      ]);
      expect(row2?.heading).toBe('强化党政领导干部责任');
    });

    it('joins 004’s two heading columns and reads 「区应急局等区安委会相关成员单位」', async () => {
      const tasks = tasksOf([await readSeed(SEEDS.bishan)]);
      expect(tasks.slice(0, 2).map((t) => [t.heading, t.headingFilled, t.deadline])).toEqual([
        ['一、开展重大安全风险源头管控行动 / 1.强化重大安全风险源头管控。', false, '2024年'],
        ['一、开展重大安全风险源头管控行动 / 1.强化重大安全风险源头管控。', true, ''],
      ]);
      const deng = tasks.find((t) => t.responsibility[0].text === '区应急局等区安委会相关成员单位、各镇街');
      expect(deng?.units.map((u) => [u.written, u.kind, u.role, u.openEnded])).toEqual([
        ['区应急局', 'bureau', 'lead', true],
        ['区安委会相关成员单位', 'group', 'support', false],
        ['各镇街', 'group', 'support', false],
      ]);
    });
  });
});
