import { unitLoads } from '../../../src/core/pivot/by-unit';
import { coverageOf } from '../../../src/core/pivot/coverage';
import type { Task } from '../../../src/core/tasks/task';
import type { UnitDirectory } from '../../../src/core/units/unit';
import { mention, task } from '../audit/make-task';

const coverage = (tasks: Task[], directory: UnitDirectory = { entries: [] }) =>
  coverageOf(tasks, directory, unitLoads(tasks, directory));
const bureau = (canonical: string, members: string[] = []) => ({ canonical, aliases: [], kind: 'bureau' as const, members });

test('tasks with no concrete bureau are those blank or carried only by groups and vague references', () => {
  const tasks = [
    task({ row: 0, units: [mention('建设局')] }),
    task({ row: 1 }),
    task({ row: 2, units: [mention('各镇街', { kind: 'group' }), mention('有关部门', { kind: 'vague' })] }),
    task({ row: 3, units: [mention('公共服务局综合执法局', { joined: ['公共服务局', '综合执法局'] })] }),
  ];
  expect(coverage(tasks).tasksWithoutBureau).toEqual([
    { document: 0, table: 0, row: 1 },
    { document: 0, table: 0, row: 2 },
  ]);
});

test('directory bureaus that are neither named nor reached through a group carry no task', () => {
  const directory: UnitDirectory = {
    entries: [bureau('建设局'), bureau('财政局'), bureau('桂溪街道'), { canonical: '各镇街', aliases: [], kind: 'group', members: ['桂溪街道'] }],
  };
  const tasks = [task({ units: [mention('建设局'), mention('各镇街', { kind: 'group' })] })];
  expect(coverage(tasks, directory).unitsWithoutTask).toEqual(['财政局']);
});

describe('overload', () => {
  /** `counts[i]` tasks for bureau i, one task per row. */
  const tasksFor = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([name, n]) => Array.from({ length: n }, () => mention(name))).map((m, row) => task({ row, units: [m] }));

  test('a bureau with more than three times the median load and at least ten tasks is overloaded', () => {
    expect(coverage(tasksFor({ 应急局: 13, 财政局: 4, 建设局: 4, 水利局: 3, 林业局: 2 })).overloaded).toEqual([
      { canonical: '应急局', load: 13, median: 4 },
    ]);
  });

  test('exactly three times the median is not overloaded', () => {
    expect(coverage(tasksFor({ 应急局: 12, 财政局: 4, 建设局: 4 })).overloaded).toEqual([]);
  });

  test('far above a small median but under ten tasks is not overloaded', () => {
    expect(coverage(tasksFor({ 应急局: 9, 财政局: 1, 建设局: 1 })).overloaded).toEqual([]);
  });
});
