// Lines of text with delimited cells: tab-separated (a copy out of a web page or Excel; Excel quotes
// a cell holding a line break or a quote, 「"a<LF>b"」 with 「""」 for 「"」) or 「|」-separated
// (markdown-style, leading/trailing pipes optional, 「|---|」 rules, 「\|」 and <br> inside cells).

export type DelimitedRecord =
  | { kind: 'cells'; cells: string[]; line: number; end: number }
  | { kind: 'rule'; line: number; end: number }
  | { kind: 'text'; text: string; line: number; end: number }
  | { kind: 'blank'; line: number; end: number };

/** Excel's quoted cells rarely run longer; an unclosed quote past this is read as plain text. */
const MAX_QUOTED_LINES = 50;
const RULE_CELL = /^:?-{3,}:?$/;

/** The record starting at lines[index] (0-based); `line` is 1-based, `end` the index after it. */
export function recordAt(lines: readonly string[], index: number): DelimitedRecord {
  const text = lines[index];
  const line = index + 1;
  if (text.trim() === '') return { kind: 'blank', line, end: index + 1 };
  if (text.includes('\t')) return { kind: 'cells', ...tabCells(lines, index), line };
  const piped = pipeCells(text);
  if (piped && piped.every((cell) => RULE_CELL.test(cell.replace(/\s/g, '')))) return { kind: 'rule', line, end: index + 1 };
  if (piped) return { kind: 'cells', cells: piped, line, end: index + 1 };
  return { kind: 'text', text, line, end: index + 1 };
}

function tabCells(lines: readonly string[], index: number): { cells: string[]; end: number } {
  const cells: string[] = [];
  let row = index;
  let rest = lines[index];
  for (;;) {
    const quoted = rest.startsWith('"') ? quotedCell(lines, row, rest) : undefined;
    let cell: string;
    if (quoted) {
      ({ cell, row, rest } = quoted);
    } else {
      const tab = rest.indexOf('\t');
      cell = tab < 0 ? rest : rest.slice(0, tab);
      rest = tab < 0 ? '' : rest.slice(tab);
    }
    cells.push(cell.trim());
    if (!rest.startsWith('\t')) return { cells, end: row + 1 };
    rest = rest.slice(1);
  }
}

/** A cell in Excel's quotes, possibly over several lines; undefined when the quote is not closed as Excel closes it. */
function quotedCell(lines: readonly string[], row: number, rest: string): { cell: string; row: number; rest: string } | undefined {
  let cell = '';
  let text = rest.slice(1);
  for (let at = row; at < row + MAX_QUOTED_LINES && at < lines.length; ) {
    const quote = text.indexOf('"');
    if (quote < 0) {
      cell += `${text}\n`;
      at++;
      text = lines[at] ?? '';
      continue;
    }
    if (text[quote + 1] === '"') {
      cell += text.slice(0, quote + 1);
      text = text.slice(quote + 2);
      continue;
    }
    const after = text.slice(quote + 1);
    if (after !== '' && !after.startsWith('\t')) return undefined;
    return { cell: cell + text.slice(0, quote), row: at, rest: after };
  }
  return undefined;
}

/** Cells of a 「|」 row, or undefined when the line does not split into at least two cells. */
function pipeCells(text: string): string[] | undefined {
  let body = text.trim();
  if (!body.includes('|')) return undefined;
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells = body.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').replace(/<br\s*\/?>/gi, '\n').trim());
  return cells.length >= 2 ? cells : undefined;
}
