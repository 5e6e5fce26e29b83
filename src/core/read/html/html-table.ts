// An HTML table's rows placed on a grid the way the HTML table model does it: a cell goes to the
// first slot not taken by a rowspan from above; the slots a rowspan covers in later rows become
// merge-continue cells ('above'), and colspan widens the cell (its extra columns become 'left').

import type { CollectedTable } from '../../tables/table-collector';
import type { SpanCell } from '../../tables/span-layout';

/** HTML's own caps: colspan ≤ 1000, rowspan ≤ 65534; 0 means to the end of the table. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

interface Carry {
  start: number;
  span: number;
  remaining: number;
}

interface OpenRow {
  cells: SpanCell[];
  header: boolean;
  cursor: number;
  taken: Carry[];
}

export class HtmlTable {
  /** Text of each finished row, cells joined by spaces: what an enclosing cell shows of this table. */
  readonly lines: string[] = [];
  private carry: Carry[] = [];
  private row: OpenRow | undefined;

  constructor(
    readonly collected: CollectedTable,
    readonly index: number,
  ) {}

  startRow(header: boolean): void {
    this.endRow();
    this.row = { cells: [], header, cursor: 0, taken: this.carry };
    this.carry = [];
  }

  addCell(text: string, colspanAttribute: string | undefined, rowspanAttribute: string | undefined, header: boolean): void {
    if (!this.row) this.startRow(header);
    const row = this.row as OpenRow;
    for (let moved = true; moved; ) {
      const taken = row.taken.find((carry) => row.cursor >= carry.start && row.cursor < carry.start + carry.span);
      moved = taken !== undefined;
      if (taken) row.cursor = taken.start + taken.span;
    }
    const span = clampedNumber(colspanAttribute, 1, MAX_COLSPAN);
    const rowspan = clampedNumber(rowspanAttribute, 0, MAX_ROWSPAN);
    row.cells.push({ text, start: row.cursor, span, continues: false });
    if (rowspan !== 1) this.carry.push({ start: row.cursor, span, remaining: rowspan === 0 ? Infinity : rowspan - 1 });
    row.cursor += span;
  }

  endRow(): void {
    const row = this.row;
    if (!row) return;
    this.row = undefined;
    for (const taken of row.taken) {
      row.cells.push({ text: '', start: taken.start, span: taken.span, continues: true });
      if (taken.remaining > 1) this.carry.push({ ...taken, remaining: taken.remaining - 1 });
    }
    row.cells.sort((a, b) => a.start - b.start);
    const end = row.cells.reduce((widest, cell) => Math.max(widest, cell.start + cell.span), 0);
    this.collected.rows.push({
      cells: row.cells,
      end,
      header: row.header,
      position: { kind: 'element', table: this.index, row: this.collected.rows.length + 1 },
    });
    this.lines.push(row.cells.filter((cell) => !cell.continues && cell.text !== '').map((cell) => cell.text).join(' '));
  }
}

function clampedNumber(attribute: string | undefined, min: number, max: number): number {
  const value = Number.parseInt(attribute ?? '', 10);
  return Number.isFinite(value) && value >= min ? Math.min(max, value) : 1;
}
