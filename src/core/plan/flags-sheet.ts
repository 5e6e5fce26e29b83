// 「审核问题」: one row per flag, worst first, with a link to the flagged cell (on its import sheet,
// or in the clerk's own table when analysed in place) and a 处理状态 dropdown the clerk fills in. A hidden 问题键 (document, task, code, column) carries
// the clerk's 已确认/忽略 over a re-analysis, whatever rows the flags land on then.

import type { Analysis } from '../analysis';
import type { Flag } from '../audit/flag';
import { cellA1 } from './address';
import { link, text } from './cells';
import { FLAG_LABEL, FLAG_STATUSES, SEVERITY_LABEL, SEVERITY_ORDER } from './labels';
import { compareText } from './order';
import { documentName, tableName } from '../source-labels';
import type { CellAddress, CellPlan, SheetDraft } from './workbook-plan';
import { returnKey } from '../loop/return-key';

export const FLAG_KEY_LABEL = '问题键';
export const STATUS_LABEL = '处理状态';

/** A flag's identity across re-analyses: its document and task (as a return key), its code and its column. */
export function flagKey(analysis: Analysis, flag: Flag): string {
  const document = analysis.documents[flag.document];
  return `${document ? returnKey(document, flag) : flag.document}/${flag.code}/${flag.column}`;
}

/** The statuses a clerk set, read back from a 审核问题 sheet's cells; only those moved off 待处理. */
export function readFlagStatuses(cells: string[][]): FlagStatuses {
  const headerRow = cells.findIndex((row) => row.includes(FLAG_KEY_LABEL) && row.includes(STATUS_LABEL));
  const header = cells[headerRow] ?? [];
  const key = header.indexOf(FLAG_KEY_LABEL);
  const status = header.indexOf(STATUS_LABEL);
  const statuses: FlagStatuses = {};
  for (const row of headerRow < 0 ? [] : cells.slice(headerRow + 1)) {
    const value = row[status]?.trim() ?? '';
    if (row[key] && value !== '' && value !== FLAG_STATUSES[0]) statuses[row[key]] = value;
  }
  return statuses;
}

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['严重程度', 9],
  ['问题类型', 20],
  ['来源', 16],
  ['表格', 18],
  ['位置', 24],
  ['单元格内容', 36],
  ['说明', 40],
  ['建议', 36],
  [STATUS_LABEL, 10],
  [FLAG_KEY_LABEL, 20],
];
const STATUS_COLUMN = 8;
const KEY_COLUMN = 9;

/** The clerk's 处理状态 by 问题键, from the sheet as it was before a re-run. */
export type FlagStatuses = Record<string, string>;

/** The cell a flag's 位置 links to, or undefined for a row that landed on no sheet. */
export type FlagLocator = (flag: Flag) => { sheet: string; target: CellAddress } | undefined;

export function flagsSheet(name: string, tableId: string, analysis: Analysis, locate: FlagLocator, statuses: FlagStatuses = {}): SheetDraft {
  const header = COLUMNS.map(([label]) => text(label, ['header']));
  const flags = [...analysis.flags].sort(byWorstThenPlace);
  const base: SheetDraft = {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows: [header, ...flags.map((flag) => flagRow(flag, analysis, locate, statuses))],
    merges: [],
    frozen: { rows: 1, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
    hiddenColumns: [KEY_COLUMN],
  };
  if (flags.length === 0) return { ...base, rows: [header, [text('未发现问题。')]] };
  const body = { top: 1, bottom: flags.length };
  return {
    ...base,
    table: { name: tableId, range: { ...body, top: 0, left: 0, right: COLUMNS.length - 1 } },
    validations: [{ range: { ...body, left: STATUS_COLUMN, right: STATUS_COLUMN }, values: FLAG_STATUSES }],
  };
}

function flagRow(flag: Flag, analysis: Analysis, locate: FlagLocator, statuses: FlagStatuses): CellPlan[] {
  const severity = flag.severity;
  const key = flagKey(analysis, flag);
  return [
    text(SEVERITY_LABEL[severity], ['center', severity]),
    text(FLAG_LABEL[flag.code], ['wrap']),
    text(documentName(analysis, flag.document), ['wrap']),
    text(tableName(analysis, flag.document, flag.table), ['wrap']),
    where(flag, locate),
    text(flag.text, ['wrap']),
    text(flag.message, ['wrap']),
    text(flag.suggestion, ['wrap']),
    text(statuses[key] ?? FLAG_STATUSES[0] ?? '', ['center', 'input']),
    text(key),
  ];
}

/** A link to the flagged cell; a row that did not become a task is named by its place in the source table. */
function where(flag: Flag, locate: FlagLocator): CellPlan {
  const placed = locate(flag);
  if (!placed) return text(`原表第${flag.row + 1}行`, ['wrap']);
  return link(`${placed.sheet} ${cellA1(placed.target)}`, placed.sheet, placed.target, ['wrap']);
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
