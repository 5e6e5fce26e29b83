// A clerk's corrections of column roles (a Dropdown per column in the pane's preview), applied to
// the documents before analysis: the same documents with those columns' roles replaced.

import type { ColumnRole, SourceDocument } from './raw-table';

/** Keyed by columnKey(document, table, column). */
export type RoleOverrides = Record<string, ColumnRole>;

export function columnKey(document: number, table: number, column: number): string {
  return `${document}/${table}/${column}`;
}

export function withRoles(documents: SourceDocument[], overrides: RoleOverrides): SourceDocument[] {
  if (Object.keys(overrides).length === 0) return documents;
  return documents.map((document, d) => ({
    ...document,
    tables: document.tables.map((table, t) => ({
      ...table,
      columns: table.columns.map((column, c) => {
        const role = overrides[columnKey(d, t, c)];
        return role === undefined ? column : { ...column, role };
      }),
    })),
  }));
}
