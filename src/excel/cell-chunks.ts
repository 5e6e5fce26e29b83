// A sheet's cells cut into blocks of whole rows, each at most MAX_CELLS_PER_WRITE cells, as the
// two 2-D arrays one range write needs: number formats, then values. The sheets are new, so every
// cell is blank and General already: a blank cell is written as '' (two bytes of JSON, where null
// takes four: a 20,000-row 责任矩阵 has over a million), and a number's format is left as it is
// (null, Office.js's rule for 2-D input). A link's text is written by the link itself (its
// textToDisplay is the text the cell shows), so it is not sent twice: the cell gets only the text
// format here. Styles and links are painted on ranges afterwards (style-areas.ts, link-cells.ts),
// since per-cell formats would make the payload huge.

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
      chunk.values.push(cells.map((cell) => (cell?.kind === 'link' ? '' : (valueOf(cell) ?? ''))));
    }
    yield chunk;
  }
}

function numberFormatOf(cell: CellPlan | null): string | null {
  return cell === null || cell.kind === 'blank' || cell.kind === 'number' ? null : TEXT_FORMAT;
}
