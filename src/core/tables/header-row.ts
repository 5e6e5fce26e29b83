// A header row of the text export: a block of cells whose labels read as header vocabulary.
// Found by vocabulary (column-roles.ts), never by the seeds' exact words.

import { recogniseHeader } from './column-roles';
import type { ColumnRole } from './raw-table';
import { cellText, readBlock, type CellBlock, type TextLine } from './text-lines';

export interface HeaderRow {
  /** Labels as written, trimmed. */
  labels: string[];
  roles: ColumnRole[];
  block: CellBlock;
}

/** The header row starting at `index`, or undefined when that line does not start one. */
export function headerAt(lines: TextLine[], index: number): HeaderRow | undefined {
  if (lines[index]?.kind !== 'cell') return undefined;
  const block = readBlock(lines, index);
  const labels = block.cells.map(cellText);
  const roles = recogniseHeader(labels);
  return roles && { labels, roles, block };
}
