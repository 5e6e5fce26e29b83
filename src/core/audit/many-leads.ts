// Two or more bodies stated as 牵头 for one task: joint leads blur who answers for it. Counted by
// canonical name, so one body written twice is repeated-unit's finding, not this one.

import { cellFlag, quoteAll } from './cell-flag';
import { groupBy } from './group-by';
import { leadColumn, leadRolesKnown } from './lead-roles';
import type { Rule } from './rule';

export const manyLeads: Rule = {
  code: 'many-leads',
  check: ({ tasks }) =>
    tasks.flatMap((task) => {
      if (!leadRolesKnown(task)) return [];
      const leads = groupBy(
        task.units.filter((m) => m.role === 'lead' && m.kind !== 'vague'),
        (m) => m.canonical,
      );
      if (leads.size < 2) return [];
      const written = [...leads.values()].map((same) => same[0]?.written ?? '');
      return [
        cellFlag(task, leadColumn(task), {
          code: 'many-leads',
          severity: 'warning',
          units: written,
          message: `该任务有${leads.size}个牵头单位（${quoteAll(written)}），牵头责任不明确。`,
          suggestion: '明确一个主牵头单位，其余列为配合单位。',
          args: { count: leads.size, units: [...new Set(written)] },
        }),
      ];
    }),
};
