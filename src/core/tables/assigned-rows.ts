// How much of a reading assigns anything: the rows with something in a 责任单位, 牵头单位 or 配合单位
// cell, or such a cell merged from the row above. Two readings of one text are compared by it, the
// one that assigns more kept.

import type { RawTable } from './raw-table';

const RESPONSIBILITY = new Set(['units', 'lead', 'support']);

export function assignedRows(tables: readonly RawTable[]): number {
  return tables.reduce((n, table) => {
    const columns = table.columns.flatMap((c, i) => (RESPONSIBILITY.has(c.role) ? [i] : []));
    return n + table.rows.filter((row) => columns.some((c) => row.cells[c]?.text.trim() || row.cells[c]?.merge === 'above')).length;
  }, 0);
}
