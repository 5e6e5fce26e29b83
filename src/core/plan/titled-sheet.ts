// The shape of the list sheets that open with a title and a line under it (任务清单, 回收统计,
// 到期提醒): both merged across the sheet, the header on the third row, frozen with it, printed A4
// landscape one page wide with the three rows on every page, and the body a filterable table.

import { text } from './cells';
import type { CellPlan, SheetDraft } from './workbook-plan';

export const TITLED_HEADER_ROW = 2;

export interface TitledSheet {
  name: string;
  columns: ReadonlyArray<readonly [string, number]>;
  title: string;
  subtitle: string;
  body: Array<Array<CellPlan | null>>;
  /** Given when the body rows are records to filter; only a non-empty body gets the table. */
  tableId?: string;
  /** Rows at the end of the body left out of the table (a total). */
  footer?: number;
  /** Columns frozen at the left (the unit's name). */
  frozenColumns?: number;
  /** The last column the title and subtitle span (default: the last column). */
  lastShown?: number;
}

export function titledSheet(sheet: TitledSheet): SheetDraft {
  const last = sheet.lastShown ?? sheet.columns.length - 1;
  const records = sheet.body.length - (sheet.footer ?? 0);
  return {
    name: sheet.name,
    columns: sheet.columns.map(([, width]) => width),
    rows: [[text(sheet.title, ['title'])], [text(sheet.subtitle, ['subtitle'])], sheet.columns.map(([label]) => text(label, ['header'])), ...sheet.body],
    merges: [0, 1].map((row) => ({ top: row, left: 0, bottom: row, right: last })),
    frozen: { rows: TITLED_HEADER_ROW + 1, columns: sheet.frozenColumns ?? 0 },
    ...(sheet.tableId && records > 0
      ? { table: { name: sheet.tableId, range: { top: TITLED_HEADER_ROW, left: 0, bottom: TITLED_HEADER_ROW + records, right: sheet.columns.length - 1 } } }
      : {}),
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: TITLED_HEADER_ROW + 1 },
  };
}
