// A task heading broken across two rows (seed 004: 「19.加强安全生产风险」 / 「监测预警管控能力建设。」):
// the tasks layer would read the second half as a new heading. Judged on the raw cells of each group
// column, against the column's own style, since plain headings (「交通运输领域」) neither number
// nor punctuate and two of them in a row are normal:
//   - in a column where at least half the headings end with 。/；, a heading that does not is unfinished;
//   - in a column where at least half the headings are numbered (「1.」「一、」「（一）」), a heading is unfinished
//     when the next row's heading carries no number of its own;
// and either way the next row must hold text that is neither a new numbered heading nor the same
// heading again (a repeated heading is a lost merge, not a break). A blank cell is fill-down.

import type { RawTable } from '../tables/raw-table';
import { quote } from './cell-flag';
import type { Flag } from './flag';
import type { Rule } from './rule';

const NUMBERED = /^(\d+[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[项条章部分])/;
const ENDED = /[。；;！!？?]$/;

export const splitHeading: Rule = {
  code: 'split-heading',
  check: ({ documents }) =>
    documents.flatMap((doc, document) =>
      doc.tables.flatMap((table, tableIndex) =>
        table.columns.flatMap((column, columnIndex) =>
          column.role === 'group'
            ? brokenRows(table, columnIndex).map((row) => splitFlag(table, document, tableIndex, row, columnIndex))
            : [],
        ),
      ),
    ),
};

function brokenRows(table: RawTable, column: number): number[] {
  const texts = table.rows.map((r) => r.cells[column]?.text ?? '');
  const headings = texts.filter((t) => t !== '');
  const mostly = (pattern: RegExp) => headings.filter((t) => pattern.test(t)).length * 2 >= headings.length;
  const numberedStyle = mostly(NUMBERED);
  const endedStyle = mostly(ENDED);
  if (!numberedStyle && !endedStyle) return [];
  const broken: number[] = [];
  texts.forEach((text, row) => {
    const next = texts[row + 1] ?? '';
    const unfinished = !ENDED.test(text) && (endedStyle || NUMBERED.test(text));
    if (text !== '' && next !== '' && next !== text && unfinished && !NUMBERED.test(next)) broken.push(row);
  });
  return broken;
}

function splitFlag(table: RawTable, document: number, tableIndex: number, row: number, column: number): Flag {
  const text = table.rows[row]?.cells[column]?.text ?? '';
  const next = table.rows[row + 1]?.cells[column]?.text ?? '';
  return {
    code: 'split-heading',
    severity: 'warning',
    document,
    table: tableIndex,
    row,
    column,
    text,
    units: [],
    message: `名称${quote(text)}没有写完，下一行的${quote(next)}像是它的后半部分：一个标题被拆成了两行。`,
    suggestion: `合并为${quote(text + next)}，并清空下一行的名称（与上一行合并）。`,
    args: { text, next },
  };
}
