// Cells placed on a grid by their spans (w:gridSpan/colspan) and vertical merges (w:vMerge/rowspan)
// become rows of RawCell over logical columns. Logical columns are cut only where some row has a
// cell boundary, so a grid that Word split finer than any row uses collapses back to real columns.

import type { RawCell, SourcePosition } from './raw-table';

/** Word allows 63 columns; a wider table is broken or hostile, and its excess text goes into the last column. */
export const MAX_COLUMNS = 200;

export interface SpanCell {
  text: string;
  /** First grid column the cell covers (0-based) and how many it covers. */
  start: number;
  span: number;
  /** The cell continues the merged cell above it (vMerge continue, or a slot under a rowspan). */
  continues: boolean;
}

export interface SpanRow {
  cells: SpanCell[];
  /** Grid column where the row's declared extent ends (its last cell plus w:gridAfter). */
  end: number;
  /** Marked as a header row by the source (w:tblHeader, <th>/<thead>). */
  header: boolean;
  position: SourcePosition;
}

export interface LaidRow {
  /** Shorter than the table when the source row stopped early; the caller pads and warns. */
  cells: RawCell[];
  header: boolean;
  position: SourcePosition;
}

export interface SpanLayout {
  rows: LaidRow[];
  /** Rows with a merge-continue cell that has no cell above it to continue. */
  orphanMerges: SourcePosition[];
}

export function layOutSpans(rows: readonly SpanRow[]): SpanLayout {
  const cuts = logicalCuts(rows);
  const columnAt = new Map(cuts.map((cut, index) => [cut, index]));
  const orphanMerges: SourcePosition[] = [];
  let startsAbove = new Set<number>();
  const laid = rows.map((row): LaidRow => {
    const cells: RawCell[] = [];
    for (const cell of row.cells) {
      // A cell overlapping the one before it (a broken table) is shifted right, not dropped.
      const first = Math.max(columnAt.get(cell.start) ?? 0, cells.length);
      if (first >= MAX_COLUMNS) {
        foldIntoLast(cells, cell);
        continue;
      }
      const last = Math.min(Math.max(columnAt.get(cell.start + cell.span) ?? 0, first + 1), MAX_COLUMNS);
      while (cells.length < first) cells.push({ text: '' });
      cells.push(cell.continues ? { text: '', merge: 'above' } : { text: cell.text });
      for (let k = first + 1; k < last; k++) cells.push({ text: '', merge: 'left' });
    }
    const declaredEnd = Math.min(columnAt.get(row.end) ?? cells.length, MAX_COLUMNS);
    while (cells.length < declaredEnd) cells.push({ text: '' });
    if (row.cells.some((cell) => cell.continues && !startsAbove.has(cell.start))) orphanMerges.push(row.position);
    startsAbove = new Set(row.cells.map((cell) => cell.start));
    return { cells, header: row.header, position: row.position };
  });
  return { rows: laid, orphanMerges };
}

/** Every grid column where some row starts or ends a cell, in order, 0 included. */
function logicalCuts(rows: readonly SpanRow[]): number[] {
  const cuts = new Set<number>([0]);
  for (const row of rows) {
    for (const cell of row.cells) {
      cuts.add(cell.start);
      cuts.add(cell.start + cell.span);
    }
    cuts.add(row.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

function foldIntoLast(cells: RawCell[], cell: SpanCell): void {
  const last = cells[cells.length - 1];
  if (!cell.continues && cell.text !== '') last.text = last.text === '' ? cell.text : `${last.text} ${cell.text}`;
}
