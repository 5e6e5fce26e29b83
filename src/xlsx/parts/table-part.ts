// The plan's Excel table (ListObject) as its own part: header row, filter buttons on every column,
// no stripes (the severity colours must stay the only fills in the body). A column's name is its
// header cell's text, which Excel requires to match; a header without text is named 列N, and that
// name is also written into the header cell (tableHeaderName).

import { rangeA1 } from '../../core/plan/address';
import { valueOf } from '../../core/plan/cell-values';
import type { SheetPlan, TablePlan } from '../../core/plan/workbook-plan';
import { escapeXml, MAIN_NS, XML_HEADER } from './xml-text';

export function tableHeaderName(sheet: SheetPlan, table: TablePlan, column: number): string {
  const header = valueOf(sheet.rows[table.range.top]?.[column] ?? null);
  return header === null || header === '' ? `列${column - table.range.left + 1}` : String(header);
}

export function tableXml(sheet: SheetPlan, table: TablePlan, id: number): string {
  const ref = rangeA1(table.range);
  const columns = [];
  for (let c = table.range.left; c <= table.range.right; c++) {
    columns.push(`<tableColumn id="${c - table.range.left + 1}" name="${escapeXml(tableHeaderName(sheet, table, c))}"/>`);
  }
  return (
    `${XML_HEADER}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>'
  );
}
