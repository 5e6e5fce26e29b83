// 「有关行业部门」「相关单位」: a reference that names nobody, so no bureau can be asked for the task.

import { flagEachCell, quoteAll } from './cell-flag';
import type { Rule } from './rule';

export const vagueUnit: Rule = {
  code: 'vague-unit',
  check: ({ tasks }) =>
    flagEachCell(
      tasks,
      (m) => m.kind === 'vague',
      (picked) => ({
        code: 'vague-unit',
        severity: 'warning',
        units: picked.map((m) => m.written),
        message: `${quoteAll(picked.map((m) => m.written))}没有写明具体单位，无法落实到部门。`,
        suggestion: '写明具体部门的名称。',
        args: { units: [...new Set(picked.map((m) => m.written))] },
      }),
    ),
};
