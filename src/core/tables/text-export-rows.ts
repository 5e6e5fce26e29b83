// The data rows of one text-export table. A blank line usually ends a row, but not always: a cell
// with several paragraphs may continue after a blank line on plain lines (seed 004: 「2025年」,
// blank, 「2026年」), so the table's width decides whether the row is complete.

import { warningAt, type Warning, type WarningWhere } from '../result';
import { headerAt } from './header-row';
import type { RawRow } from './raw-table';
import { cellText, readBlock, skipBlanks, type TextLine } from './text-lines';

export interface TextRows {
  rows: RawRow[];
  /** Index of the first line after the table: body text, the next header, or the end. */
  end: number;
  warnings: Warning[];
}

export function readRows(lines: TextLine[], start: number, width: number, where: WarningWhere): TextRows {
  const rows: RawRow[] = [];
  const warnings: Warning[] = [];
  let i = skipBlanks(lines, start);
  while (lines[i]?.kind === 'cell' && !headerAt(lines, i)) {
    const { cells, end } = readRow(lines, i, width);
    const atEnd = skipBlanks(lines, end) === lines.length;
    const line = lines[i].line;
    const fitted = fitRow(cells.map(cellText), width, atEnd, () => ({ line, text: `${where.text}第 ${line} 行开始的一行` }));
    rows.push({ cells: fitted.cells.map((text) => ({ text })), position: { kind: 'line', line } });
    warnings.push(...fitted.warnings);
    i = skipBlanks(lines, end);
  }
  return { rows, end: i, warnings };
}

/** One row's cells (as paragraphs) from the cell line at `start`, and the index just after it. */
function readRow(lines: TextLine[], start: number, width: number): { cells: string[][]; end: number } {
  const first = readBlock(lines, start);
  const cells = first.cells;
  let end = first.end;
  for (;;) {
    const k = skipBlanks(lines, end);
    if (lines[k]?.kind !== 'text') return { cells, end };
    // Plain text after a blank line: more paragraphs of the last cell, or the text after the table?
    // Only the former is followed by more of this table.
    const run = textRun(lines, k);
    const next = run.next;
    if (!continuesTable(lines, next, cells.length < width)) return { cells, end };
    cells[cells.length - 1].push(...run.paragraphs);
    const rest = readBlock(lines, next);
    if (cells.length + rest.cells.length > width) return { cells, end: next };
    cells.push(...rest.cells);
    end = rest.end;
  }
}

/** Plain lines (and blank lines between them) from `start` up to the next cell line or the end. */
function textRun(lines: TextLine[], start: number): { paragraphs: string[]; next: number } {
  const paragraphs: string[] = [];
  let i = start;
  for (; i < lines.length && lines[i].kind !== 'cell'; i++) {
    const line = lines[i];
    if (line.kind === 'text') paragraphs.push(line.text);
  }
  return { paragraphs, next: i };
}

/** A row of this table follows at `next`: the rest of an unfinished row, or a next row of two cells or more. */
function continuesTable(lines: TextLine[], next: number, unfinished: boolean): boolean {
  if (next >= lines.length || headerAt(lines, next)) return false;
  return unfinished || readBlock(lines, next).cells.length >= 2;
}

/**
 * Exactly `width` cells. The export drops the empty last cell of a file's last row, so that one
 * is added silently; any other short or long row is fitted and reported.
 */
/** `where`: made only for a row that is reported. */
function fitRow(cells: string[], width: number, atEnd: boolean, where: () => WarningWhere): { cells: string[]; warnings: Warning[] } {
  if (cells.length === width) return { cells, warnings: [] };
  if (cells.length < width) {
    const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
    if (atEnd && cells.length === width - 1) return { cells: padded, warnings: [] };
    return {
      cells: padded,
      warnings: [
        warningAt('ragged-row', where(), `只有 ${cells.length} 个单元格，表格有 ${width} 列：已在行末补空单元格，请核对该行是否错位。`, undefined, { cells: cells.length, columns: width }),
      ],
    };
  }
  const kept = cells.slice(0, width - 1);
  const last = cells.slice(width - 1).filter((text) => text !== '').join('\n');
  return {
    cells: [...kept, last],
    warnings: [
      warningAt('ragged-row', where(), `有 ${cells.length} 个单元格，比表格的 ${width} 列多：多出的内容已并入最后一列，请核对。`, undefined, { cells: cells.length, columns: width }),
    ],
  };
}
