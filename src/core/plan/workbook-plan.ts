// The workbook to be made, as plain data (see MODEL.md). Renderers (src/xlsx/ for .xlsx, Office.js
// for the open workbook) read it and never change it, so both give the same sheets and values.
// Only concepts both renderers have: cell values, named styles, notes, internal links, merges,
// frozen panes, one Excel table per sheet, list validation, page setup, hidden columns and
// sheet protection without a password.

/** 0-based row and column of a cell on its sheet. */
export interface CellAddress {
  row: number;
  column: number;
}

/** A rectangle of cells, 0-based and inclusive at both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type StyleName = 'title' | 'subtitle' | 'header' | 'section' | 'wrap' | 'center' | 'link' | 'input' | 'error' | 'warning' | 'info';

/** How a named style looks; colours are 6-digit RGB hex without '#'. */
export interface StyleSpec {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  underline?: boolean;
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center';
  vertical?: 'top' | 'middle';
  /** A thin border on all four sides. */
  border?: boolean;
}

interface CellCommon {
  /** Applied in order; a later style's properties win over an earlier one's. */
  styles?: StyleName[];
  /** A note (comment) shown on the cell, e.g. why it was flagged. */
  note?: string;
}

/** Text, always written as text: never parsed as a formula, number or date (「=SUM(1)」「1-2月」 stay as written). */
export interface TextCell extends CellCommon {
  kind: 'text';
  text: string;
}

export interface NumberCell extends CellCommon {
  kind: 'number';
  value: number;
}

/** Text that jumps to a cell of a sheet in the same workbook when clicked. */
export interface LinkCell extends CellCommon {
  kind: 'link';
  text: string;
  sheet: string;
  target: CellAddress;
}

/** No value, but styled (a bordered 落实情况 cell to be filled in). */
export interface BlankCell extends CellCommon {
  kind: 'blank';
}

export type CellPlan = TextCell | NumberCell | LinkCell | BlankCell;

/** An Excel table (ListObject) with filter buttons; its first row is the header row. */
export interface TablePlan {
  /** Workbook-unique, ASCII letters, digits and '_' so that every host accepts it. */
  name: string;
  range: CellRange;
}

/** A dropdown list on a range of cells. */
export interface ListValidation {
  range: CellRange;
  values: string[];
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Shrink to one page wide; as many pages tall as needed. */
  fitToWidth: boolean;
  /** The first this-many rows are printed again at the top of every page. */
  repeatRows: number;
}

/** Sheet protection without a password, so a clerk can still lift it; only `editable` cells stay unlocked. */
export interface SheetProtection {
  editable: CellRange[];
}

export interface SheetPlan {
  /** Already safe and unique in the workbook (see sheet-name.ts). */
  name: string;
  /** Column widths in characters (a Chinese character counts two). */
  columns: number[];
  /** rows[row][column]; a missing or null cell is left untouched. No row is longer than `columns`. */
  rows: Array<Array<CellPlan | null>>;
  /** Points, one per row: tall enough for the wrapped text (see row-heights.ts). */
  rowHeights: number[];
  merges: CellRange[];
  /** Rows above and columns left of the scrolling area; 0 for none. */
  frozen: { rows: number; columns: number };
  table?: TablePlan;
  validations: ListValidation[];
  print: PrintSetup;
  /** Columns kept but not shown (a returnable sheet's task key and unit). */
  hiddenColumns?: number[];
  protection?: SheetProtection;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  styles: Record<StyleName, StyleSpec>;
}

/** A sheet as its builder makes it, before its row heights are fitted to its text. */
export type SheetDraft = Omit<SheetPlan, 'rowHeights'>;
