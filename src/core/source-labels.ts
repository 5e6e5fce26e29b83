// How a document, table or column of an Analysis is named to the clerk: by the workbook plan and by
// the 督办 loop alike, so it sits beside Analysis rather than in either.

import type { Analysis } from './analysis';

/** The document's own title when one was read, else its file name without the extension (「000_bfdf.txt」 → 「000_bfdf」). */
export function documentName(analysis: Analysis, document: number): string {
  const source = analysis.documents[document];
  if (!source) return '';
  return source.title ?? (source.source.replace(/\.[^.]+$/, '') || source.source);
}

/** The heading above the table (「二、重点整治任务」), or 「表N」 when it has none. */
export function tableName(analysis: Analysis, document: number, table: number): string {
  const title = analysis.documents[document]?.tables[table]?.title ?? '';
  return title === '' ? `表${table + 1}` : title;
}

export function columnLabel(analysis: Analysis, document: number, table: number, column: number): string {
  return analysis.documents[document]?.tables[table]?.columns[column]?.label ?? `第${column + 1}列`;
}
