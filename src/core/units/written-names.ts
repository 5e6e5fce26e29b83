// The unit names a document writes in its responsibility cells, with how often each is written.

import type { SourceDocument } from '../tables/raw-table';
import { readCellUnits } from './cell-units';
import { isResponsibilityRole } from './roles';
import { withoutHeads } from './unit-heads';

/** The directory builder and the task builder both ask, of the same documents: count them once. */
const counted = new WeakMap<SourceDocument, ReadonlyMap<string, number>>();

/** Counted once per cell: a merged cell repeats a name already counted. Cells are parsed once each. */
export function writtenNames(document: SourceDocument): ReadonlyMap<string, number> {
  let names = counted.get(document);
  if (!names) {
    names = countNames(document);
    counted.set(document, names);
  }
  return names;
}

function countNames(document: SourceDocument): Map<string, number> {
  const counts = new Map<string, number>();
  const cellNames = new Map<string, string[]>();
  for (const table of document.tables) {
    const columns = table.columns.flatMap((c, i) => (isResponsibilityRole(c.role) ? [i] : []));
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.cells[column];
        if (cell.merge) continue;
        const text = withoutHeads(table.columns[column].label, cell.text);
        let names = cellNames.get(text);
        if (!names) {
          names = readCellUnits(text).map((t) => t.name);
          cellNames.set(text, names);
        }
        for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return counts;
}
