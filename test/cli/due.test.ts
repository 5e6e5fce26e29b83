// The due command: 到期提醒 for a chosen day, as JSON or a readable list. In-process for its cases,
// and once as a clerk runs it (a child process).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/due';
import { captured, spawned } from './capture';

const ROOT = join(__dirname, '../..');

function cli(...args: string[]) {
  return captured(run, args);
}

/** A plan issued on 2025-03-25 with a 完成时间 column. */
function plan(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'due-')), 'plan.txt');
  writeFileSync(
    path,
    [
      '县安委会',
      '2025年3月25日',
      '',
      '序号\t工作任务\t完成时间\t责任单位',
      '1\t制定责任清单\t6月底前\t县应急局、县公安局',
      '2\t开展隐患排查\t每季度末\t县公安局牵头，县应急局配合',
      '3\t健全工作机制\t长期坚持\t县应急局',
      '4\t完成年度考核\t2025年12月\t县交通局',
      '5\t编制应急预案\t尽快\t县交通局',
    ].join('\n'),
  );
  return path;
}

describe('cli due', () => {
  it('run as a child process, lists per unit what is overdue and what falls due within the days asked, with each task’s leads', () => {
    const { code, stdout, stderr } = spawned('due', [plan(), '--on', '2025-07-01', '--within', '5', '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(report.on).toBe('2025-07-01');
    expect(report.within).toBe(5);
    const summary = report.units.map((u: { unit: string; overdue: Array<{ seq: string; role: string; due: string }>; dueSoon: Array<{ seq: string; role: string; due: string }> }) => [
      u.unit,
      u.overdue.map((e) => `${e.seq}:${e.role}:${e.due}`),
      u.dueSoon.map((e) => `${e.seq}:${e.role}:${e.due}`),
    ]);
    expect(summary).toEqual([
      ['县公安局', ['1:support:2025-06-30'], []],
      ['县应急局', ['1:lead:2025-06-30'], []],
    ]);
    expect(report.units[0].overdue[0].leads).toEqual(['县应急局']);
    expect(report.unreadable).toEqual([{ document: 0, table: 0, row: 4, deadline: '尽快', reason: '无法识别「尽快」' }]);
  });

  it('takes a recurring task as due at the end of the current period', async () => {
    const { stdout } = await cli(plan(), '--on', '2025-09-20', '--json');
    const police = JSON.parse(stdout).units.find((u: { unit: string }) => u.unit === '县公安局');
    expect(police.dueSoon.map((e: { seq: string; role: string; due: string }) => [e.seq, e.role, e.due])).toEqual([['2', 'lead', '2025-09-30']]);
  });

  it('prints a readable list in Chinese', async () => {
    const { code, stdout } = await cli(plan(), '--on', '2025-07-01');
    expect(code).toBe(0);
    expect(stdout).toContain('到期提醒 / due：2025-07-01，已逾期 2 项');
    expect(stdout).toContain('县应急局：逾期 1 项');
    expect(stdout).toContain('「尽快」');
  });

  it('lists nothing for a document that yields no task, says why, and exits 1', async () => {
    const noTable = join(ROOT, 'seeds/003_f2673a1d053848d2.txt');
    const { code, stdout, stderr } = await cli(noTable, '--on', '2025-07-01');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain(`${noTable}: 没有读到任何任务`);
  });

  it.each([
    ['--on', '2025-02-30'],
    ['--on', '明天'],
    ['--within', '-3'],
    ['--within', 'ten'],
  ])('refuses %s %s as wrong usage', async (option, value) => {
    const { code, stderr } = await cli(plan(), option, value);
    expect(code).toBe(2);
    expect(stderr).toContain('用法 / usage');
  });
});
