// Walks w:body (or a table cell) in document order: paragraphs go to the table collector (they are
// the headings of the tables after them) and to the cell being read; tables are read where they
// stand, nested ones too. Content controls, custom XML and tracked insertions are read through;
// tracked deletions are skipped.

import type { Element } from '@xmldom/xmldom';
import type { Warning } from '../../result';
import { warning } from '../../result';
import type { TableCollector } from '../../tables/table-collector';
import { paragraphText } from './paragraph-text';
import { readTable } from './table-reader';
import { wordChildren } from './wordml';

const BLOCK_CONTAINERS = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'moveTo', 'smartTag']);
/** Deeper nesting (tables in tables, controls in controls) is not what a work plan looks like. */
const MAX_DEPTH = 32;

export interface BodyContext {
  collector: TableCollector;
  /** Tables seen so far, nested ones included: positions count them in document order. */
  tableCount: number;
  warnings: Warning[];
}

/** Reads the blocks of `container`, returning its paragraphs' text (a table adds one line per row). */
export function readBlocks(container: Element, context: BodyContext, depth: number): string[] {
  if (depth > MAX_DEPTH) {
    if (!context.warnings.some((w) => w.code === 'too-deep')) {
      context.warnings.push(warning('too-deep', `文档中表格或内容控件嵌套超过 ${MAX_DEPTH} 层，更深处的内容未读取。`, { depth: MAX_DEPTH }));
    }
    return [];
  }
  const lines: string[] = [];
  for (const child of wordChildren(container)) {
    const name = child.localName ?? '';
    if (name === 'p') {
      const text = paragraphText(child);
      context.collector.paragraph(text);
      lines.push(text);
    } else if (name === 'tbl') {
      lines.push(...readTable(child, context, depth + 1, readBlocks));
    } else if (BLOCK_CONTAINERS.has(name)) {
      lines.push(...readBlocks(child, context, depth + 1));
    }
  }
  return lines;
}
