// Where a cell is, said the way a clerk would look for it: file, table heading, data row (1-based).

import type { SourceDocument } from '../tables/raw-table';

export function placeOf(documents: SourceDocument[], document: number, table: number, row: number): string {
  const doc = documents[document];
  const title = doc?.tables[table]?.title;
  const tablePart = title ? `“${title}”` : `第${table + 1}张表`;
  return `《${doc?.source ?? `文件${document + 1}`}》${tablePart}第${row + 1}行`;
}
