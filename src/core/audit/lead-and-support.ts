// One body both 牵头 and 配合 on the same task — a contradiction only where roles are stated (a
// column or 「X牵头」); under the first-listed convention a second listing is repeated-unit's finding.

import { cellFlag, quote } from './cell-flag';
import type { Flag } from './flag';
import { groupBy } from './group-by';
import { leadRolesKnown, statesRole } from './lead-roles';
import type { Rule } from './rule';

export const leadAndSupport: Rule = {
  code: 'lead-and-support',
  check: ({ tasks }) => {
    const flags: Flag[] = [];
    for (const task of tasks) {
      if (!leadRolesKnown(task)) continue;
      for (const [canonical, same] of groupBy(task.units, (m) => m.canonical)) {
        const lead = same.find((m) => m.role === 'lead');
        const support = same.find((m) => m.role === 'support');
        if (!lead || !support || !(statesRole(lead) || statesRole(support))) continue;
        flags.push(
          cellFlag(task, support.column, {
            code: 'lead-and-support',
            severity: 'error',
            units: [lead.written, support.written],
            message: `${quote(canonical)}在该任务中既是牵头单位又是配合单位。`,
            suggestion: `${quote(canonical)}只保留为牵头单位，从配合单位中删去。`,
            args: { unit: canonical },
          }),
        );
      }
    }
    return flags;
  },
};
