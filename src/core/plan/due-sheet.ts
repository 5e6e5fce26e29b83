// 「到期提醒」: on the day of the report, per bureau, what is overdue and not reported done, then
// what falls due within N days; in each bureau what it leads first. Each row links to its ledger row.

import type { DueEntry, UnitDue } from '../deadlines/due-list';
import type { ProgressRow } from '../loop/progress';
import { cellA1 } from './address';
import { link, text } from './cells';
import type { CellPlan, SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['单位', 14],
  ['提醒', 8],
  ['到期日', 11],
  ['承担方式', 9],
  ['来源', 14],
  ['原序号', 6],
  ['任务名称', 16],
  ['内容', 40],
  ['完成时间', 12],
  ['牵头单位', 14],
  ['已报状态', 9],
  ['位置', 14],
];
const HEADER_ROW = 2;

export interface DueSheetInput {
  on: string;
  within: number;
  units: UnitDue<number>[];
  rows: ProgressRow[];
  progress: { sheet: string; row: (ledgerRow: number) => number };
}

export function dueSheet(name: string, tableId: string, input: DueSheetInput): SheetDraft {
  const lines = input.units.flatMap((unit) => [
    ...unit.overdue.map((entry) => dueRow(unit.unit, '已逾期', entry, input)),
    ...unit.dueSoon.map((entry) => dueRow(unit.unit, '即将到期', entry, input)),
  ]);
  const overdue = input.units.reduce((n, u) => n + u.overdue.length, 0);
  const soon = input.units.reduce((n, u) => n + u.dueSoon.length, 0);
  const last = COLUMNS.length - 1;
  const rows: Array<Array<CellPlan | null>> = [
    [text('到期提醒', ['title'])],
    [
      text(
        `截至 ${input.on}：已逾期未完成 ${overdue} 项，${input.within} 天内到期 ${soon} 项（按单位列出，牵头在前；已报「已完成」的不列）。`,
        ['subtitle'],
      ),
    ],
    COLUMNS.map(([label]) => text(label, ['header'])),
    ...(lines.length > 0 ? lines : [[text('没有逾期或即将到期的任务。')]]),
  ];
  return {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows,
    merges: [0, 1].map((row) => ({ top: row, left: 0, bottom: row, right: last })),
    frozen: { rows: HEADER_ROW + 1, columns: 1 },
    ...(lines.length > 0 ? { table: { name: tableId, range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW + lines.length, right: last } } } : {}),
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: HEADER_ROW + 1 },
  };
}

function dueRow(unit: string, state: '已逾期' | '即将到期', entry: DueEntry<number>, input: DueSheetInput): CellPlan[] {
  const row = input.rows[entry.task];
  const target = { row: input.progress.row(entry.task), column: 0 };
  return [
    text(unit, ['wrap']),
    text(state, ['center', state === '已逾期' ? 'error' : 'warning']),
    text(entry.due, ['center']),
    text(row?.role ?? '', ['center']),
    text(row?.source ?? '', ['wrap']),
    text(row?.seq ?? '', ['center']),
    text(row?.heading ?? '', ['wrap']),
    text(row?.content ?? '', ['wrap']),
    text(row?.deadline ?? '', ['wrap']),
    text(entry.leads.join('、'), ['wrap']),
    text(row?.answer.status ?? '', ['center']),
    link(`${input.progress.sheet} ${cellA1(target)}`, input.progress.sheet, target, ['wrap']),
  ];
}
