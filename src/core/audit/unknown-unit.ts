// A name the clerk's directory does not know. Only meaningful when the clerk gave a directory: one
// built from the documents knows every name by construction. Bureaus and groups are judged (a group
// the directory lacks reaches none of its members in the pivot); vague references are vague-unit's.

import { flagEachCell, quoteAll } from './cell-flag';
import type { Rule } from './rule';

export const unknownUnit: Rule = {
  code: 'unknown-unit',
  check: ({ tasks, directoryGiven }) =>
    directoryGiven
      ? flagEachCell(
          tasks,
          (m) => !m.known && m.kind !== 'vague',
          (picked) => ({
            code: 'unknown-unit',
            severity: 'warning',
            units: picked.map((m) => m.written),
            message: `${quoteAll(picked.map((m) => m.written))}不在单位名录中。`,
            suggestion: '核对单位名称是否写错；如是新单位或别称，请加入单位名录。',
            args: { units: [...new Set(picked.map((m) => m.written))] },
          }),
        )
      : [],
};
