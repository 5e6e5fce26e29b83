// The lines of a Word text export, as the table reader sees them. Word writes each table cell on
// a line of its own that begins with a tab, further paragraphs of the cell on plain lines after
// it, and a blank line after each row. Body text is plain lines.

export type TextLine =
  /** Begins with a tab: the first paragraph of a table cell. */
  | { kind: 'cell'; text: string; line: number }
  /** Any other line with something on it: body text, a heading, or a further paragraph of a cell. */
  | { kind: 'text'; text: string; line: number }
  | { kind: 'blank'; line: number };

/** A run of cell lines with no blank line inside: usually one table row. */
export interface CellBlock {
  /** Each cell's paragraphs, as written (untrimmed). */
  cells: string[][];
  /** 1-based line of the first cell. */
  line: number;
  /** Index into the lines just after the block. */
  end: number;
}

export function splitLines(text: string): TextLine[] {
  return text.split('\n').map((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('\t')) return { kind: 'cell', text: raw.slice(1), line };
    return raw.trim() === '' ? { kind: 'blank', line } : { kind: 'text', text: raw, line };
  });
}

/** The block starting at `start`, which must be a cell line: cells, and the plain lines that continue them. */
export function readBlock(lines: TextLine[], start: number): CellBlock {
  const cells: string[][] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const current = lines[i];
    if (current.kind === 'blank') break;
    if (current.kind === 'cell') cells.push([current.text]);
    else cells[cells.length - 1].push(current.text);
  }
  return { cells, line: lines[start].line, end: i };
}

/** The index of the first line at or after `from` that is not blank (lines.length when none). */
export function skipBlanks(lines: TextLine[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].kind === 'blank') i++;
  return i;
}

/** A cell's text: its paragraphs joined with '\n', trimmed at both ends. */
export function cellText(paragraphs: string[]): string {
  return paragraphs.map((p) => p.trim()).join('\n').trim();
}
