import { unitLoads } from '../../../src/core/pivot/by-unit';
import type { UnitDirectory } from '../../../src/core/units/unit';
import { mention, task } from '../audit/make-task';

const directory: UnitDirectory = {
  entries: [
    { canonical: '县应急管理局', aliases: ['县应急局'], kind: 'bureau', members: [] },
    { canonical: '县财政局', aliases: [], kind: 'bureau', members: [] },
    { canonical: '各乡镇（街道）', aliases: ['各镇街'], kind: 'group', members: ['桂溪街道', '澄溪镇'] },
  ],
};
const lead = (written: string, over = {}) => mention(written, { role: 'lead', ...over });
const towns = mention('各乡镇（街道）', { kind: 'group' });

describe('unitLoads', () => {
  const tasks = [
    task({ table: 0, row: 0, tableTitle: '三、重点整治', units: [lead('县应急管理局'), mention('县财政局'), towns] }),
    task({ table: 1, row: 0, tableTitle: '四、重点措施', units: [lead('县财政局'), mention('县应急局', { canonical: '县应急管理局' })] }),
    task({ table: 1, row: 1, tableTitle: '四、重点措施', units: [lead('县应急管理局'), mention('县应急局', { canonical: '县应急管理局' }), towns, mention('桂溪街道')] }),
  ];
  const loads = unitLoads(tasks, directory);
  const load = (canonical: string) => loads.find((l) => l.canonical === canonical);

  test('a bureau has its tasks as lead and as support, and every way it is written', () => {
    expect(load('县应急管理局')).toMatchObject({
      kind: 'bureau',
      writtenForms: ['县应急管理局', '县应急局'],
      lead: [
        { document: 0, table: 0, row: 0 },
        { document: 0, table: 1, row: 1 },
      ],
      support: [{ document: 0, table: 1, row: 0 }],
      viaGroup: [],
    });
  });

  test('a unit named twice in one task counts once, as lead', () => {
    expect(load('县应急管理局')?.lead).toHaveLength(2);
    expect(load('县应急管理局')?.support).toHaveLength(1);
  });

  test('a member of a group named in a cell carries the task through that group, unless it is named itself', () => {
    expect(load('澄溪镇')?.viaGroup).toEqual([
      { task: { document: 0, table: 0, row: 0 }, group: '各乡镇（街道）' },
      { task: { document: 0, table: 1, row: 1 }, group: '各乡镇（街道）' },
    ]);
    expect(load('桂溪街道')).toMatchObject({
      support: [{ document: 0, table: 1, row: 1 }],
      viaGroup: [{ task: { document: 0, table: 0, row: 0 }, group: '各乡镇（街道）' }],
    });
  });

  test('counts are kept per table', () => {
    expect(load('县财政局')?.perTable).toEqual([
      { document: 0, table: 0, title: '三、重点整治', lead: 0, support: 1, viaGroup: 0 },
      { document: 0, table: 1, title: '四、重点措施', lead: 1, support: 0, viaGroup: 0 },
    ]);
  });

  test('bureaus come first, by load, then groups', () => {
    expect(loads.map((l) => l.canonical)).toEqual(['县应急管理局', '县财政局', '桂溪街道', '澄溪镇', '各乡镇（街道）']);
  });

  test('units run together in one token count for each of them', () => {
    const joined = mention('公共服务局综合执法局', { canonical: '公共服务局综合执法局', joined: ['公共服务局', '综合执法局'] });
    const [first, second] = unitLoads([task({ units: [joined] })], { entries: [] });
    expect([first?.canonical, second?.canonical].sort()).toEqual(['公共服务局', '综合执法局']);
    expect(first?.writtenForms).toEqual(['公共服务局综合执法局']);
  });
});
