// How a document, table or column is named to the clerk.

import type { Analysis } from '../analysis';

/** The file name without its extension: 「2025年工作要点.docx」 → 「2025年工作要点」. */
export function documentName(source: string): string {
  return source.replace(/\.[^.]+$/, '') || source;
}

/** The heading above the table (「二、重点整治任务」), or 「表N」 when it has none. */
export function tableName(analysis: Analysis, document: number, table: number): string {
  const title = analysis.documents[document]?.tables[table]?.title ?? '';
  return title === '' ? `表${table + 1}` : title;
}

export function columnLabel(analysis: Analysis, document: number, table: number, column: number): string {
  return analysis.documents[document]?.tables[table]?.columns[column]?.label ?? `第${column + 1}列`;
}
