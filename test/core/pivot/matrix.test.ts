import { unitLoads } from '../../../src/core/pivot/by-unit';
import { responsibilityMatrix } from '../../../src/core/pivot/matrix';
import { mention, task } from '../audit/make-task';

test('the matrix marks 牵 for lead, 配 for support and 组 for a group member, with the busiest bureau first', () => {
  const directory = { entries: [{ canonical: '各镇街', aliases: [], kind: 'group' as const, members: ['桂溪街道'] }] };
  const tasks = [
    task({ row: 0, units: [mention('建设局', { role: 'lead' }), mention('各镇街', { kind: 'group' })] }),
    task({ row: 1, units: [mention('财政局', { role: 'lead' }), mention('建设局')] }),
    task({ row: 2 }),
  ];
  const matrix = responsibilityMatrix(tasks, unitLoads(tasks, directory));
  expect(matrix.units).toEqual(['建设局', '财政局', '桂溪街道', '各镇街']);
  expect(matrix.tasks).toEqual([
    { document: 0, table: 0, row: 0 },
    { document: 0, table: 0, row: 1 },
    { document: 0, table: 0, row: 2 },
  ]);
  expect(matrix.marks).toEqual([
    ['牵', '', '组', '配'],
    ['配', '牵', '', ''],
    ['', '', '', ''],
  ]);
});
