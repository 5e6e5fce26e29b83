import { dueList } from '../../../src/core/deadlines/due-list';
import { mention, task } from '../audit/make-task';
import type { SourceDocument } from '../../../src/core/tables/raw-table';

const DOCUMENT: SourceDocument = { source: 'plan.txt', date: '2025-03-25', format: 'text', encoding: 'utf-8', tables: [], warnings: [] };

const tasks = [
  task({ row: 0, deadline: '6月底前', units: [mention('县公安局', { role: 'support' }), mention('县应急局', { role: 'lead' })] }),
  task({ row: 1, deadline: '5月底前', units: [mention('县应急局', { role: 'support' }), mention('县交通局', { role: 'lead' })] }),
  task({ row: 2, deadline: '长期坚持', units: [mention('县应急局', { role: 'lead' })] }),
  task({ row: 3, deadline: '2025年7月10日', units: [mention('县应急局', { role: 'lead' })] }),
];

describe('dueList', () => {
  it('puts a unit’s lead tasks before the ones it supports, the unit with most overdue first, then by name', () => {
    const report = dueList([DOCUMENT], tasks, { on: '2025-07-01', within: 15 });
    expect(report.units.map((u) => [u.unit, u.overdue.map((e) => [e.task.row, e.role, e.due]), u.dueSoon.map((e) => e.task.row)])).toEqual([
      ['县应急局', [[0, 'lead', '2025-06-30'], [1, 'support', '2025-05-31']], [3]],
      ['县公安局', [[0, 'support', '2025-06-30']], []],
      ['县交通局', [[1, 'lead', '2025-05-31']], []],
    ]);
  });

  it('leaves out what a unit reported done', () => {
    const report = dueList([DOCUMENT], tasks, { on: '2025-07-01', within: 0, isDone: (t, unit) => t.row === 0 && unit === '县应急局' });
    expect(report.units.find((u) => u.unit === '县应急局')?.overdue.map((e) => e.task.row)).toEqual([1]);
    expect(report.units.find((u) => u.unit === '县公安局')?.overdue.map((e) => e.task.row)).toEqual([0]);
  });

  it('never lists ongoing work, and nothing before it falls due', () => {
    expect(dueList([DOCUMENT], tasks, { on: '2025-04-01', within: 15 }).units).toEqual([]);
  });
});
