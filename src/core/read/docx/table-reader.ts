// A w:tbl read into rows of span cells: w:gridBefore/w:gridAfter and w:gridSpan place each cell on
// the grid, w:vMerge marks the cells merged into the one above. Anything between rows or cells
// (bookmarks, proofing marks, permission ranges) is ignored rather than taken as a row, so merges
// carry across it; rows inside content controls and tracked insertions are read, deleted rows not.

import type { Element } from '@xmldom/xmldom';
import type { SpanCell, SpanRow } from '../../tables/span-layout';
import type { BodyContext } from './body-reader';
import { isOn, wordChild, wordChildren, wordNumber, wordValue } from './wordml';

const ROW_CONTAINERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo']);
/** Word allows 63 columns; a span beyond this is corrupt and would only cost memory. */
const MAX_SPAN = 64;
/** Content controls around rows or cells nested deeper than this are not read through. */
const MAX_DEPTH = 32;

type ReadBlocks = (container: Element, context: BodyContext, depth: number) => string[];

/** Reads the table into the collector and returns its text, one line per row, for the enclosing cell. */
export function readTable(table: Element, context: BodyContext, depth: number, readBlocks: ReadBlocks): string[] {
  context.tableCount++;
  const index = context.tableCount;
  const collected = context.collector.open({ kind: 'element', table: index, row: 1 });
  const lines: string[] = [];
  for (const row of rowsOf(table, depth)) {
    const cells: SpanCell[] = [];
    const properties = wordChild(row, 'trPr');
    let column = wordNumber(properties && wordChild(properties, 'gridBefore'), 0, 0, MAX_SPAN);
    for (const cell of cellsOf(row, depth)) {
      const cellProperties = wordChild(cell, 'tcPr');
      const span = wordNumber(cellProperties && wordChild(cellProperties, 'gridSpan'), 1, 1, MAX_SPAN);
      const text = readBlocks(cell, context, depth + 1).map((line) => line.trim()).filter((line) => line !== '').join('\n');
      const vMerge = cellProperties && wordChild(cellProperties, 'vMerge');
      const continues = vMerge !== undefined && wordValue(vMerge) !== 'restart';
      cells.push({ text, start: column, span, continues });
      column += span;
    }
    const after = wordNumber(properties && wordChild(properties, 'gridAfter'), 0, 0, MAX_SPAN);
    collected.rows.push({
      cells,
      end: column + after,
      header: isOn(properties && wordChild(properties, 'tblHeader')),
      position: { kind: 'element', table: index, row: collected.rows.length + 1 },
    } satisfies SpanRow);
    lines.push(cells.filter((cell) => !cell.continues && cell.text !== '').map((cell) => cell.text).join(' '));
  }
  context.collector.close(collected);
  return lines;
}

/** The w:tr of a table in order, through row-level content controls; tracked-deleted rows left out. */
function rowsOf(container: Element, depth: number): Element[] {
  return wordChildren(container).flatMap((child) => {
    if (child.localName === 'tr') return isDeleted(child) ? [] : [child];
    return ROW_CONTAINERS.has(child.localName ?? '') && depth < MAX_DEPTH ? rowsOf(child, depth + 1) : [];
  });
}

/** The w:tc of a row in order, through cell-level content controls. */
function cellsOf(row: Element, depth: number): Element[] {
  return wordChildren(row).flatMap((child) => {
    if (child.localName === 'tc') return [child];
    return ROW_CONTAINERS.has(child.localName ?? '') && depth < MAX_DEPTH ? cellsOf(child, depth + 1) : [];
  });
}

function isDeleted(row: Element): boolean {
  const properties = wordChild(row, 'trPr');
  return properties !== undefined && wordChild(properties, 'del') !== undefined;
}
