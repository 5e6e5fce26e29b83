// 「回收统计」: one row per bureau (returned or not, by status, overdue, the files it sent) and a
// total, so a clerk sees at once whom to chase.

import { STATUSES } from '../loop/columns';
import type { UnitCount } from '../loop/unit-counts';
import { number, text } from './cells';
import { titledSheet, TITLED_HEADER_ROW } from './titled-sheet';
import type { SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['单位', 16],
  ['任务数', 7],
  ['已填报', 7],
  ['未填报', 7],
  ...STATUSES.map((status) => [status, 8] as const),
  ['逾期未完成', 9],
  ['回收文件', 30],
];

/** The 0-based sheet row of the count at `i`, for links from 回收问题. */
export function unitReturnsRow(i: number): number {
  return TITLED_HEADER_ROW + 1 + i;
}

export function unitReturnsSheet(name: string, tableId: string, counts: UnitCount[], on: string): SheetDraft {
  const total = (pick: (c: UnitCount) => number) => counts.reduce((n, c) => n + pick(c), 0);
  const returned = counts.filter((c) => c.files.length > 0).length;
  return titledSheet({
    name,
    columns: COLUMNS,
    title: '回收统计',
    subtitle: `截至 ${on}：${counts.length} 个单位，已有 ${returned} 个报送；逾期按各单位填报的完成状态判断。`,
    body: [
      ...counts.map((c) => [
        text(c.unit, ['wrap']),
        number(c.tasks, ['center']),
        number(c.answered, ['center']),
        number(c.unanswered, c.unanswered > 0 ? ['center', 'warning'] : ['center']),
        ...STATUSES.map((status) => number(c.byStatus[status] ?? 0, ['center'])),
        number(c.overdue, c.overdue > 0 ? ['center', 'error'] : ['center']),
        text(c.files.join('\n') || '未报送', c.files.length > 0 ? ['wrap'] : ['wrap', 'warning']),
      ]),
      [
        text('合计', ['header']),
        number(total((c) => c.tasks), ['header']),
        number(total((c) => c.answered), ['header']),
        number(total((c) => c.unanswered), ['header']),
        ...STATUSES.map((status) => number(total((c) => c.byStatus[status] ?? 0), ['header'])),
        number(total((c) => c.overdue), ['header']),
        text(`${returned} / ${counts.length} 个单位已报送`, ['header']),
      ],
    ],
    tableId,
    footer: 1,
    frozenColumns: 1,
  });
}
