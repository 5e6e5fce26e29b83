// 「审核问题」: one row per flag, worst first, with a link to the flagged cell on its import sheet
// and a 处理状态 dropdown the clerk fills in.

import type { Analysis } from '../analysis';
import type { Flag } from '../audit/flag';
import { cellA1 } from './address';
import { link, text } from './cells';
import { flagColumn } from './import-sheet';
import { FLAG_LABEL, FLAG_STATUSES, SEVERITY_LABEL, SEVERITY_ORDER } from './labels';
import { compareText } from './order';
import { placementOf, type Placements } from './placement';
import { documentName, tableName } from './source-labels';
import type { CellPlan, SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['严重程度', 9],
  ['问题类型', 20],
  ['来源', 16],
  ['表格', 18],
  ['位置', 24],
  ['单元格内容', 36],
  ['说明', 40],
  ['建议', 36],
  ['处理状态', 10],
];
const STATUS_COLUMN = 8;

export function flagsSheet(name: string, tableId: string, analysis: Analysis, placements: Placements): SheetDraft {
  const header = COLUMNS.map(([label]) => text(label, ['header']));
  const flags = [...analysis.flags].sort(byWorstThenPlace);
  const base: SheetDraft = {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows: [header, ...flags.map((flag) => flagRow(flag, analysis, placements))],
    merges: [],
    frozen: { rows: 1, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
  };
  if (flags.length === 0) return { ...base, rows: [header, [text('未发现问题。')]] };
  const body = { top: 1, bottom: flags.length };
  return {
    ...base,
    table: { name: tableId, range: { ...body, top: 0, left: 0, right: COLUMNS.length - 1 } },
    validations: [{ range: { ...body, left: STATUS_COLUMN, right: STATUS_COLUMN }, values: FLAG_STATUSES }],
  };
}

function flagRow(flag: Flag, analysis: Analysis, placements: Placements): CellPlan[] {
  const severity = flag.severity;
  return [
    text(SEVERITY_LABEL[severity], ['center', severity]),
    text(FLAG_LABEL[flag.code], ['wrap']),
    text(documentName(analysis, flag.document), ['wrap']),
    text(tableName(analysis, flag.document, flag.table), ['wrap']),
    where(flag, analysis, placements),
    text(flag.text, ['wrap']),
    text(flag.message, ['wrap']),
    text(flag.suggestion, ['wrap']),
    text(FLAG_STATUSES[0] ?? '', ['center', 'input']),
  ];
}

/** A link to the flagged cell; a row that did not become a task is named by its place in the source table. */
function where(flag: Flag, analysis: Analysis, placements: Placements): CellPlan {
  const placed = placementOf(placements, flag);
  if (!placed) return text(`原表第${flag.row + 1}行`, ['wrap']);
  const target = { row: placed.row, column: flagColumn(analysis, flag) };
  return link(`${placed.sheet} ${cellA1(target)}`, placed.sheet, target, ['wrap']);
}

function byWorstThenPlace(a: Flag, b: Flag): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.document - b.document ||
    a.table - b.table ||
    a.row - b.row ||
    a.column - b.column ||
    compareText(a.code, b.code)
  );
}
