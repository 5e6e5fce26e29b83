// 「到期提醒」: on the day of the report, per bureau, what is overdue and not reported done, then
// what falls due within N days; in each bureau what it leads first. Each row links to its ledger row.

import type { DueEntry, UnitDue } from '../deadlines/due-list';
import type { ProgressRow } from '../loop/progress';
import { cellA1 } from './address';
import { link, text } from './cells';
import { titledSheet } from './titled-sheet';
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
  return titledSheet({
    name,
    columns: COLUMNS,
    title: '到期提醒',
    subtitle: `截至 ${input.on}：已逾期未完成 ${overdue} 项，${input.within} 天内到期 ${soon} 项（按单位列出，牵头在前；已报「已完成」的不列）。`,
    body: lines.length > 0 ? lines : [[text('没有逾期或即将到期的任务。')]],
    ...(lines.length > 0 ? { tableId } : {}),
    frozenColumns: 1,
  });
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
