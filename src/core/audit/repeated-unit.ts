// The same unit listed twice in one cell, whether written the same way twice or under two of its
// names (same canonical). Cells are judged one by one: a unit in both the 牵头 and 配合 columns is
// lead-and-support's finding, not this one.

import { cellFlag, mentionsByColumn, quote, quoteAll } from './cell-flag';
import type { Flag } from './flag';
import { groupBy } from './group-by';
import type { Rule } from './rule';

export const repeatedUnit: Rule = {
  code: 'repeated-unit',
  check: ({ tasks }) => {
    const flags: Flag[] = [];
    for (const task of tasks) {
      if (new Set(task.units.map((m) => m.canonical)).size === task.units.length) continue;
      for (const [column, mentions] of mentionsByColumn(task)) {
        const byCanonical = groupBy(mentions, (m) => m.canonical);
        for (const [canonical, same] of byCanonical) {
          if (same.length < 2) continue;
          const written = same.map((m) => m.written);
          const forms = new Set(written);
          flags.push(
            cellFlag(task, column, {
              code: 'repeated-unit',
              severity: 'warning',
              units: written,
              message:
                forms.size === 1
                  ? `${quote(written[0] ?? canonical)}在同一单元格中出现了${same.length}次。`
                  : `${quoteAll(written)}是同一单位（${quote(canonical)}），在同一单元格中重复列出。`,
              suggestion: `只保留一个${quote(canonical)}。`,
              args: { units: [...forms], unit: canonical, times: same.length },
            }),
          );
        }
      }
    }
    return flags;
  },
};
