// Cells the source explicitly merged into the one above (w:vMerge, rowspan) carry that cell's
// text; an explicit merge is never a blank. Cells merged left keep their own (empty) text: the
// text belongs to the column on the left, which has its own role.

import type { RawTable } from '../tables/raw-table';

/** texts[row][column], with every merge 'above' replaced by the text it continues. */
export function mergedTexts(table: RawTable): string[][] {
  const texts: string[][] = [];
  table.rows.forEach((row, r) => {
    texts.push(row.cells.map((cell, c) => (cell.merge === 'above' && r > 0 ? texts[r - 1][c] : cell.text)));
  });
  return texts;
}
