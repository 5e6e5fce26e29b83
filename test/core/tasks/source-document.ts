// Small source documents built inline: a table is its column roles and rows of cell texts, where
// a cell written as { merge: 'above' } stands for an explicit merge of the source.

import type { ColumnRole, RawCell, RawTable, SourceDocument, SourceFormat } from '../../../src/core/tables/raw-table';

export type CellSpec = string | { text?: string; merge: 'above' | 'left' };

export function rawTable(roles: ColumnRole[], rows: CellSpec[][], title = '一、重点任务'): RawTable {
  return {
    title,
    header: roles.map(String),
    columns: roles.map((role) => ({ label: role, role })),
    rows: rows.map((cells, i) => ({
      cells: cells.map((c): RawCell => (typeof c === 'string' ? { text: c } : { text: c.text ?? '', merge: c.merge })),
      position: { kind: 'line', line: i + 2 },
    })),
    position: { kind: 'line', line: 1 },
  };
}

export function sourceDocument(tables: RawTable[], format: SourceFormat = 'text', source = 'plan.txt'): SourceDocument {
  return { source, format, encoding: 'utf-8', tables, warnings: [] };
}

/** One text document with one 序号/名称/内容/责任单位 table. */
export function unitsDocument(cells: string[]): SourceDocument {
  return sourceDocument([rawTable(['seq', 'group', 'content', 'units'], cells.map((c, i) => [String(i + 1), '任务', '内容', c]))]);
}
