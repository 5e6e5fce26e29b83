// The table as the source holds it: header labels, rows of cells, where each came from.
// Nothing is filled in or guessed here; merges are recorded, and the tasks layer decides.

import type { Warning } from '../result';

/** Column roles: the fixed vocabulary of design.md; `other` for a column none of them fits. */
export type ColumnRole = 'seq' | 'group' | 'content' | 'deadline' | 'units' | 'lead' | 'support' | 'note' | 'other';

export interface Column {
  /** The header label that covers this column, with spacing removed (「名 称」 → 「名称」). */
  label: string;
  role: ColumnRole;
  /** Units the document named once for every later task (「…不再注明」), filled in by the reader. */
  inherited?: true;
}

/** Where a row (or table) starts in its source: a 1-based line of a text file, a table/row or a paragraph of a .docx/HTML. */
export type SourcePosition =
  | { kind: 'line'; line: number }
  | { kind: 'element'; table: number; row: number }
  /** A 1-based body paragraph of a .docx or HTML document (tasks assigned in the body text). */
  | { kind: 'paragraph'; paragraph: number };

export interface RawCell {
  /** Paragraphs joined with '\n', trimmed at both ends; '' for an empty cell. */
  text: string;
  /** Set where the source explicitly merges this cell into the one above (w:vMerge, rowspan) or left (gridSpan, colspan). */
  merge?: 'above' | 'left';
  /** The cell as the document wrote it, where `text` is what was read (a Traditional-script cell read in Simplified). */
  written?: string;
}

export interface RawRow {
  /** Always `columns.length` cells. */
  cells: RawCell[];
  position: SourcePosition;
}

export interface RawTable {
  /** The heading line before the table (「三、重点措施」), '' when there is none. */
  title: string;
  /** Header labels as written, trimmed; a label may cover two data columns, so this can be shorter than `columns`. */
  header: string[];
  columns: Column[];
  rows: RawRow[];
  position: SourcePosition;
  /** A text reader that put a copy's merges back itself (a rowspan it inferred is marked 'above'): a blank
   *  cell is then blank, not a merged cell the text export wrote once. */
  mergesKnown?: true;
}

export type SourceFormat = 'text' | 'docx' | 'html';

/** One source file, read: its tables in document order and what the reader noticed on the way. */
export interface SourceDocument {
  /** File name as given (no directories). */
  source: string;
  /** The document's own title (「2025年全县安全生产、防灾减灾救灾和消防工作要点」), when one reads as such. */
  title?: string;
  /** The document's own date (成文日期) as an ISO day, when a line of its head reads as one. */
  date?: string;
  format: SourceFormat;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'; for .docx 'utf-8' (XML). */
  encoding: string;
  tables: RawTable[];
  warnings: Warning[];
}
