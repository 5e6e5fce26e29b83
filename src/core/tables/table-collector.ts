// Walkers of .docx and HTML report paragraphs and tables in document order; this keeps what a
// table needs from its surroundings: its heading, and whether it directly continues the previous
// table (nothing but blank lines or 「续表」 between them, as when Word splits a table over pages).

import { headingOf, isContinuationMark } from './table-heading';
import type { SpanRow } from './span-layout';
import type { SourcePosition } from './raw-table';

export interface CollectedTable {
  title: string;
  /** The table read just before this one, when only blank lines or continuation marks lie between. */
  continues?: CollectedTable;
  rows: SpanRow[];
  position: SourcePosition;
}

export class TableCollector {
  readonly tables: CollectedTable[] = [];
  /** Every paragraph in order, for the missing-appendix message when no table is found. */
  readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private ended: CollectedTable | undefined;

  paragraph(text: string): void {
    this.paragraphs.push(text);
    this.lines.push(text);
  }

  /** Call when a table opens (its heading is what came before); fill in its rows when it closes. */
  open(position: SourcePosition): CollectedTable {
    const continues = this.ended && this.lines.every(isContinuationMark) ? this.ended : undefined;
    const table: CollectedTable = { title: headingOf(this.lines), continues, rows: [], position };
    this.tables.push(table);
    this.lines = [];
    this.ended = undefined;
    return table;
  }

  close(table: CollectedTable): void {
    this.lines = [];
    this.ended = table;
  }
}
