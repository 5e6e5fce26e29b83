// `due FILE… [--on DATE] [--within DAYS] [--json] [--directory FILE]`: 到期提醒 — per unit, the tasks
// overdue on DATE (default today) and those due within DAYS (default 15), and the 完成时间 that could
// not be read. Exit 0 when the list was made, 1 for an unreadable file, 2 for a bad date or day count.

import { dueList, type DueEntry, type DueReport } from '../../core/deadlines/due-list';
import { analyseFiles } from '../analyse-files';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import { reportDay } from '../report-day';

const USAGE = '用法 / usage: npm run -s cli -- due FILE… [--on YYYY-MM-DD] [--within DAYS] [--json] [--directory FILE]';

export async function run(args: string[]): Promise<number> {
  const files = await analyseFiles(args, USAGE, ['on', 'within']);
  if (typeof files === 'number') return files;
  const { analysis, json, failed, options } = files;
  const day = reportDay(options, USAGE);
  if (typeof day === 'number') return day;
  const { on, within } = day;
  const report = dueList(analysis.documents, analysis.tasks, { on, within });
  process.stdout.write((json ? JSON.stringify(dueJson(report), null, 2) : readable(report)) + '\n');
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

function entryJson({ task, role, due, leads }: DueEntry) {
  const { document, table, row, seq, heading, content, deadline } = task;
  return { document, table, row, seq, heading, content, deadline, due, role, leads };
}

function dueJson(report: DueReport) {
  return {
    on: report.on,
    within: report.within,
    units: report.units.map((u) => ({ unit: u.unit, overdue: u.overdue.map(entryJson), dueSoon: u.dueSoon.map(entryJson) })),
    unreadable: report.unreadable.map(({ task, reason }) => ({ document: task.document, table: task.table, row: task.row, deadline: task.deadline, reason })),
  };
}

function entryLine({ task, role, due }: DueEntry): string {
  const what = [task.seq, task.heading, task.content].filter((t) => t !== '').join(' ').replace(/\s+/g, ' ');
  return `    ${due} ${role === 'lead' ? '牵头' : '配合'} ${what.length > 40 ? what.slice(0, 40) + '…' : what}（${task.deadline.replace(/\n/g, '、')}）`;
}

function readable(report: DueReport): string {
  const overdue = report.units.reduce((n, u) => n + u.overdue.length, 0);
  const soon = report.units.reduce((n, u) => n + u.dueSoon.length, 0);
  const lines = [`到期提醒 / due：${report.on}，已逾期 ${overdue} 项，${report.within} 天内到期 ${soon} 项（按单位计）`];
  for (const unit of report.units) {
    lines.push('', `${unit.unit}：逾期 ${unit.overdue.length} 项，即将到期 ${unit.dueSoon.length} 项`);
    if (unit.overdue.length > 0) lines.push('  已逾期 / overdue', ...unit.overdue.map(entryLine));
    if (unit.dueSoon.length > 0) lines.push('  即将到期 / due soon', ...unit.dueSoon.map(entryLine));
  }
  if (report.unreadable.length > 0) {
    lines.push('', `无法读取的完成时间 / unreadable（${report.unreadable.length}）`);
    lines.push(...report.unreadable.map(({ task, reason }) => `  《${task.source}》第${task.row + 1}行「${task.deadline}」：${reason}`));
  }
  return lines.join('\n');
}
