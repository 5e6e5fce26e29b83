// 完成时间 that nobody can act on: text no calendar reading fits, or a day before the document was
// issued (a copied line from last year's plan, a typo in the year).

import { deadlineContext } from '../deadlines/document-context';
import { readDeadline } from '../deadlines/read-deadline';
import type { MessageArgs } from '../result';
import type { Task } from '../tasks/task';
import type { Flag } from './flag';
import type { Rule } from './rule';

export const deadline: Rule = {
  code: 'deadline',
  check: ({ documents, tasks }) => {
    const flags: Flag[] = [];
    for (const task of tasks) {
      const document = documents[task.document];
      const column = document?.tables[task.table]?.columns.findIndex((c) => c.role === 'deadline') ?? -1;
      if (!document || column < 0 || task.deadline === '') continue;
      const context = deadlineContext(document);
      const reading = readDeadline(task.deadline, context);
      if (reading.kind === 'unreadable') {
        const { part, noYear } = reading.because;
        const message = `完成时间「${task.deadline}」读不出具体日期（${reading.reason}），无法提醒到期。`;
        flags.push(deadlineFlag(task, column, message, '写成「2025年6月底前」「每季度末」或「长期坚持」这样的时间。', { part, noYear: noYear ? 1 : 0 }));
      } else if (reading.kind === 'dates' && context.issued !== undefined) {
        const early = reading.dates.filter((day) => day < context.issued!);
        if (early.length > 0) {
          const message = `完成时间「${task.deadline}」（${early.join('、')}）早于文件的成文日期 ${context.issued}。`;
          flags.push(deadlineFlag(task, column, message, '核对年份，可能是沿用了往年的时间。', { early, issued: context.issued }));
        }
      }
    }
    return flags;
  },
};

function deadlineFlag(task: Task, column: number, message: string, suggestion: string, args: MessageArgs): Flag {
  return {
    code: 'deadline',
    severity: 'warning',
    document: task.document,
    table: task.table,
    row: task.row,
    column,
    text: task.deadline,
    units: [],
    message,
    suggestion,
    args,
  };
}
