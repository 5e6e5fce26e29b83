// A header over two rows, read as one. Sources that do not say which cells were merged (text
// exports, tab-separated text, values read from a sheet) show 「责任单位」 spanning 「牵头单位 |
// 配合单位」 as a label over a blank, with the sub-labels on the row below.

import { compactLabel, recogniseHeader, roleOfLabel } from './column-roles';

/** The second half of a label wrapped inside its cell: 「牵头」 over 「单位」, 「责任单位」 over 「（盖章）」. */
const LABEL_TAIL = /^(单位|部门|科室|时间|时限|期限|名称|事项|内容|[（(][^（()）]{1,8}[)）])$/;

/**
 * The two rows as one header row: the lower label wins under a spanning label, and a label wrapped
 * inside its cell (「牵头」 over 「单位」) is joined. Undefined unless the lower row is a second header
 * row, that is each of its labels is header vocabulary, alone or joined to the one above.
 */
export function joinHeaderRows(top: readonly string[], below: readonly string[]): string[] | undefined {
  // A row with one filled cell is a heading (「一、核心指标」) above a header, not its upper half.
  if (top.filter((cell) => cell.trim() !== '').length < 2) return undefined;
  if (!recogniseHeader(top.map((cell, i) => cell || below[i] || ''))) return undefined;
  const width = Math.max(top.length, below.length);
  const cells: string[] = [];
  for (let c = 0; c < width; c++) {
    const upper = top[c]?.trim() ?? '';
    const lower = below[c]?.trim() ?? '';
    if (lower === '') cells.push(upper);
    else if (upper !== '' && !roleOfLabel(upper) && roleOfLabel(upper + lower)) cells.push(upper + lower);
    else if (roleOfLabel(lower)) cells.push(lower);
    // Under a label that already reads as one (「牵头」), only a label's tail continues it; anything
    // else there is data, such as a row holding only a unit's name under 「责任单位」.
    else if (upper !== '' && LABEL_TAIL.test(compactLabel(lower)) && roleOfLabel(upper + lower)) cells.push(upper + lower);
    else return undefined;
  }
  return cells.some((cell, c) => cell !== (top[c]?.trim() ?? '')) ? cells : undefined;
}
