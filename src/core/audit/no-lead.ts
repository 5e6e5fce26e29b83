// Roles are stated (a 牵头 column, or 「X配合」) yet no unit leads: someone supports, no one answers.

import { cellFlag, quoteAll } from './cell-flag';
import { leadColumn, leadRolesKnown } from './lead-roles';
import type { Rule } from './rule';

export const noLead: Rule = {
  code: 'no-lead',
  check: ({ tasks }) =>
    tasks
      .filter((task) => leadRolesKnown(task) && !task.units.some((m) => m.role === 'lead'))
      .map((task) =>
        cellFlag(task, leadColumn(task), {
          code: 'no-lead',
          severity: 'warning',
          units: task.units.map((m) => m.written),
          message: `该任务只有配合单位（${quoteAll(task.units.map((m) => m.written))}），没有牵头单位。`,
          suggestion: '指定一个牵头单位。',
          args: { units: [...new Set(task.units.map((m) => m.written))] },
        }),
      ),
};
