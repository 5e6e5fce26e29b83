// Where cells are, said the way a clerk would look for them: file, table heading, data row (1-based).
// A list names the file and the table only where they change: 《a.txt》「三、重点措施」第4行、第5行.

import type { SourceDocument } from '../tables/raw-table';

export interface CellPlace {
  document: number;
  table: number;
  row: number;
}

export function placesOf(documents: SourceDocument[], places: CellPlace[]): string {
  return places
    .map((place, i) => {
      const previous = places[i - 1];
      const doc = documents[place.document];
      const title = doc?.tables[place.table]?.title;
      const file = `《${doc?.source ?? `文件${place.document + 1}`}》`;
      const table = title ? `「${title}」` : `第${place.table + 1}张表`;
      const row = `第${place.row + 1}行`;
      if (previous?.document !== place.document) return file + table + row;
      return previous.table === place.table ? row : table + row;
    })
    .join('、');
}
