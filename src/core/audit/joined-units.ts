// 「公共服务局综合执法局」: two known units written with no separator between them — a typing slip
// that the splitter can only undo by guessing, so the clerk should put the separator back.

import { flagEachCell, quote } from './cell-flag';
import type { Rule } from './rule';

export const joinedUnits: Rule = {
  code: 'joined-units',
  check: ({ tasks }) =>
    flagEachCell(
      tasks,
      (m) => (m.joined?.length ?? 0) > 1,
      (picked) => ({
        code: 'joined-units',
        severity: 'error',
        units: picked.map((m) => m.written),
        message: picked
          .map((m) => `${quote(m.written)}是${(m.joined ?? []).map(quote).join('和')}连写在一起，中间缺少分隔符。`)
          .join(''),
        suggestion: `用顿号分开：${picked.map((m) => (m.joined ?? []).join('、')).join('；')}。`,
        // Each written name and, line by line, the names run together in it.
        args: { units: picked.map((m) => m.written), parts: picked.map((m) => (m.joined ?? []).join('\n')) },
      }),
    ),
};
