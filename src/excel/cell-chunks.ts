// A sheet's cells cut into blocks of whole rows, each at most MAX_CELLS_PER_WRITE cells, as the
// two 2-D arrays one range write needs: number formats, then values. `null` leaves a cell as it
// is (Office.js's rule for 2-D input), which on a new sheet is blank. Styles and links are painted
// on ranges afterwards (style-blocks.ts), since per-cell formats would make the payload huge.

import { valueOf } from '../core/plan/cell-values';
import type { CellPlan, SheetPlan } from '../core/plan/workbook-plan';

export const MAX_CELLS_PER_WRITE = 10_000;

/** Text and links are written in the text format, so 「=SUM(1)」「+86」「1-2月」 stay as written. */
export const TEXT_FORMAT = '@';

export interface CellChunk {
  /** 0-based first row; the block spans every column of the sheet. */
  row: number;
  numberFormat: (string | null)[][];
  values: (string | number | null)[][];
}

export function* cellChunks(sheet: SheetPlan, maxCells = MAX_CELLS_PER_WRITE): Generator<CellChunk> {
  const width = sheet.columns.length;
  if (width === 0) return;
  const rowsPerChunk = Math.max(1, Math.floor(maxCells / width));
  for (let top = 0; top < sheet.rows.length; top += rowsPerChunk) {
    const chunk: CellChunk = { row: top, numberFormat: [], values: [] };
    for (const row of sheet.rows.slice(top, top + rowsPerChunk)) {
      const cells = Array.from({ length: width }, (_, c) => row[c] ?? null);
      chunk.numberFormat.push(cells.map(numberFormatOf));
      chunk.values.push(cells.map(valueOf));
    }
    yield chunk;
  }
}

function numberFormatOf(cell: CellPlan | null): string | null {
  if (cell === null || cell.kind === 'blank') return null;
  return cell.kind === 'number' ? 'General' : TEXT_FORMAT;
}
