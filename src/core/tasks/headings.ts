// Task headings filled down. In a text export a blank heading cell continues the heading above
// (the export writes a merged cell once); in docx/HTML only an explicit merge does. With several
// heading columns (行动名称 and 重点任务), an inner heading is carried only while every outer one
// is too: a new 行动名称 starts its 重点任务 afresh.

import type { RawTable, SourceFormat } from '../tables/raw-table';

export interface Heading {
  text: string;
  /** Some part came from a row above. */
  filled: boolean;
}

export const HEADING_SEPARATOR = ' / ';

export function fillHeadings(table: RawTable, texts: string[][], format: SourceFormat): Heading[] {
  const columns = table.columns.flatMap((c, i) => (c.role === 'group' ? [i] : []));
  let carried = columns.map(() => '');
  return table.rows.map((row, r) => {
    let filled = false;
    let outerIsNew = false;
    carried = columns.map((column, j) => {
      const cell = row.cells[column];
      const continues = r > 0 && !outerIsNew && (cell.merge === 'above' || (format === 'text' && !table.mergesKnown && cell.text === ''));
      if (continues) {
        filled ||= carried[j] !== '';
        return carried[j];
      }
      const text = texts[r][column];
      outerIsNew ||= text !== '';
      return text;
    });
    return { text: carried.filter((t) => t !== '').join(HEADING_SEPARATOR), filled };
  });
}
