// A task carried only by groups (「安委会各成员单位，各镇街」): no one bureau answers for it. For
// headline indicators (a table titled like 核心绩效指标) that is how documents are written — everyone
// shares the target — so there it is only noted (info); elsewhere it is a warning.

import type { Task } from '../tasks/task';
import { cellFlag, quoteAll } from './cell-flag';
import type { Flag } from './flag';
import type { Rule } from './rule';

const HEADLINE_TABLE = /指标/;

export const collectiveOnly: Rule = {
  code: 'collective-only',
  check: ({ tasks }) => tasks.flatMap(collectiveFlag),
};

function collectiveFlag(task: Task): Flag[] {
  const groups = task.units.filter((m) => m.kind === 'group');
  const first = groups[0];
  if (!first || task.units.some((m) => m.kind === 'bureau')) return [];
  const headline = HEADLINE_TABLE.test(task.tableTitle);
  return [
    cellFlag(task, first.column, {
      code: 'collective-only',
      severity: headline ? 'info' : 'warning',
      units: groups.map((m) => m.written),
      message: headline
        ? `该指标只由${quoteAll(groups.map((m) => m.written))}共同负责，没有具体牵头部门（核心指标通常如此）。`
        : `该任务只写了${quoteAll(groups.map((m) => m.written))}，没有具体负责的部门。`,
      suggestion: '写明至少一个具体负责（牵头）的部门。',
      args: { units: [...new Set(groups.map((m) => m.written))], headline: headline ? 1 : 0 },
    }),
  ];
}
