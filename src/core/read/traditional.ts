// A Traditional-script document is read in Simplified (text/script.ts). What the clerk sees as
// written — the 责任单位（原文） of the import sheet — is the original: each cell finds its words at
// the same place in the original text, which OpenCC's conversion leaves at the same length.

import { warning, type Warning } from '../result';
import type { RawTable } from '../tables/raw-table';

export const traditionalWarning: Warning = warning(
  'traditional-script',
  '文件为繁体字，已按简体读取（单位名称、审核、汇总均用简体）；纯文本文件导入表的「责任单位（原文）」保留原文写法。',
);

export function withWrittenCells(tables: RawTable[], read: string, original: string): RawTable[] {
  if (read.length !== original.length) return tables;
  let from = 0;
  return tables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        if (cell.text === '') return cell;
        // Cells come in reading order: look from the last one found, then from the start.
        let at = read.indexOf(cell.text, from);
        if (at < 0) at = read.indexOf(cell.text);
        if (at < 0) return cell;
        from = at;
        const written = original.slice(at, at + cell.text.length);
        return written === cell.text ? cell : { ...cell, written };
      }),
    })),
  }));
}
