// 「……等」: the list of units is left open, so nobody can tell who else is responsible.

import { flagEachCell, quoteAll } from './cell-flag';
import type { Rule } from './rule';

export const openEnded: Rule = {
  code: 'open-ended',
  check: ({ tasks }) =>
    flagEachCell(
      tasks,
      (m) => m.openEnded,
      (picked) => ({
        code: 'open-ended',
        severity: 'warning',
        units: picked.map((m) => m.written),
        message: `责任单位在${quoteAll(picked.map((m) => m.written))}后以「等」结尾，名单不完整，无法确定还有哪些单位负责。`,
        suggestion: '列全全部责任单位，或删去「等」字。',
        args: { units: [...new Set(picked.map((m) => m.written))] },
      }),
    ),
};
