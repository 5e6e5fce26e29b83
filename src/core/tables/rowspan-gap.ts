// A web page's table copied as text loses the cells a rowspan covers: the row's later cells move left
// into the merged column, and the row ends with an empty cell (「2 | 任务 | 计划 | 已完成…… | |」 under
// 序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况, the 牵头单位 merged from the row above). Put back the
// gap where the responsibility column is, so its progress text is not read as unit names.

import { shapeOf } from './anchored-rows';
import type { ColumnRole, RawCell } from './raw-table';

const RESPONSIBILITY: ReadonlySet<ColumnRole> = new Set(['units', 'lead', 'support']);

/** The row with the merged cell put back, or undefined when the row reads right as it is. */
export function restoreRowspanGap(cells: readonly string[], roles: readonly ColumnRole[]): RawCell[] | undefined {
  if (cells.length !== roles.length || cells[cells.length - 1].trim() !== '') return undefined;
  const fits = (row: readonly string[], gap: number): boolean =>
    roles.every((role, c) => c === gap || !RESPONSIBILITY.has(role) || row[c].trim() === '' || shapeOf(row[c]) === 'units');
  if (fits(cells, -1)) return undefined;
  for (let gap = 0; gap < roles.length - 1; gap += 1) {
    if (!RESPONSIBILITY.has(roles[gap])) continue;
    const shifted = [...cells.slice(0, gap), '', ...cells.slice(gap, -1)];
    if (fits(shifted, gap)) return shifted.map((text, c) => (c === gap ? { text: '', merge: 'above' } : { text }));
  }
  return undefined;
}
