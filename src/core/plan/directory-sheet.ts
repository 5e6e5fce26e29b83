// 「单位名录」: the directory as the clerk edits it (单位名称, 别名 separated by 、, 类型, 成员).
// The rows come from the units layer (directoryToRows), so reading the sheet back through
// directoryFromRows gives the same directory; every value is text, the header included.

import { text } from './cells';
import type { SheetDraft } from './workbook-plan';

const WIDTHS = [28, 40, 8, 60];

export function directorySheet(name: string, tableId: string, rows: string[][]): SheetDraft {
  const [header = [], ...entries] = rows;
  const width = Math.max(header.length, ...entries.map((r) => r.length));
  return {
    name,
    columns: Array.from({ length: width }, (_, i) => WIDTHS[i] ?? 20),
    rows: [header.map((h) => text(h, ['header'])), ...entries.map((r) => r.map((v) => text(v, ['wrap'])))],
    merges: [],
    frozen: { rows: 1, columns: 1 },
    ...(entries.length > 0 ? { table: { name: tableId, range: { top: 0, left: 0, bottom: entries.length, right: width - 1 } } } : {}),
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
  };
}
