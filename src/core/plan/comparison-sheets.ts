// 「年度对比」: one row per task added, removed or changed between last year's plan and this year's,
// with both texts, the units gained and lost, the lead before and after, filled by kind (新增 blue,
// 删去 red, 有变化 yellow, as Excel's note / bad / neutral styles), and this year's task linked to
// its row on the import sheet. 「年度对比-单位」: per unit, what is new, dropped or changed for it.

import type { ComparedTask, Comparison, TaskChange } from '../compare/comparison';
import { FEW_MATCHES_SHARE } from '../compare/compare-tasks';
import { unitSentence } from '../compare/unit-comparison';
import { cellA1 } from './address';
import { link, number, text } from './cells';
import { KIND_LABEL } from './labels';
import type { Placement } from './placement';
import { titledSheet } from './titled-sheet';
import type { CellPlan, SheetDraft, StyleName } from './workbook-plan';

/** Where this year's task stands on the import sheets, to link to it. */
export type TaskLocator = (task: ComparedTask) => Placement | undefined;

const KINDS = {
  added: { label: '新增', style: 'info' },
  removed: { label: '删去', style: 'error' },
  changed: { label: '有变化', style: 'warning' },
} as const satisfies Record<string, { label: string; style: StyleName }>;

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['变化', 7],
  ['上一年任务', 40],
  ['今年任务', 40],
  ['内容改动', 7],
  ['增加单位', 16],
  ['减少单位', 16],
  ['上一年牵头', 14],
  ['今年牵头', 14],
  ['上一年责任单位', 22],
  ['今年责任单位', 22],
  ['相似度', 7],
  ['上一年位置', 18],
  ['今年位置', 16],
];

const UNIT_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['单位', 24],
  ['类型', 6],
  ['新增牵头', 8],
  ['新增配合', 8],
  ['不再牵头', 8],
  ['不再配合', 8],
  ['有变化', 8],
  ['说明', 44],
];

export function comparisonSheet(name: string, tableId: string, comparison: Comparison, locate: TaskLocator): SheetDraft {
  const c = comparison;
  const body = [
    ...c.added.map((task) => row('added', undefined, task, locate)),
    ...c.removed.map((task) => row('removed', task, undefined, locate)),
    ...c.changed.map((change) => row('changed', change.old, change.new, locate, change)),
  ];
  return titledSheet({
    name,
    columns: COLUMNS,
    title: '年度对比',
    subtitle: `${summary(c)}（任务按内容对应，不按序号或位置；年份、编号、标点不同不算改动。）`,
    body: body.length > 0 ? body : [[text('两年的任务完全相同。')]],
    ...(body.length > 0 ? { tableId } : {}),
    frozenColumns: 1,
  });
}

export function comparisonUnitsSheet(name: string, tableId: string, comparison: Comparison): SheetDraft {
  const body = comparison.units.map((u): CellPlan[] => [
    text(u.unit, ['wrap']),
    text(KIND_LABEL[u.kind], ['center']),
    ...[u.newLead, u.newSupport, u.droppedLead, u.droppedSupport, u.changed].map((n) => number(n, ['center'])),
    text(unitSentence(u), ['wrap']),
  ]);
  return titledSheet({
    name,
    columns: UNIT_COLUMNS,
    title: '年度对比（按单位）',
    subtitle: '每个单位今年新增承担、不再承担（按上一年的角色）和仍承担但有变化的任务数；统称（如各镇街）按原文比较，不展开为成员。',
    body: body.length > 0 ? body : [[text('没有单位的任务有变化。')]],
    ...(body.length > 0 ? { tableId } : {}),
    frozenColumns: 1,
  });
}

function summary(c: Comparison): string {
  const counts = `上一年 ${c.oldTasks} 项任务，今年 ${c.newTasks} 项：新增 ${c.added.length} 项，删去 ${c.removed.length} 项，有变化 ${c.changed.length} 项，未变 ${c.unchanged} 项。`;
  if (!c.fewMatches) return counts;
  return `${counts}注意：相近的任务不到较少一方的 ${FEW_MATCHES_SHARE * 100}%，两份计划可能不是同一项工作，请确认所选文件。`;
}

function row(kind: keyof typeof KINDS, before: ComparedTask | undefined, after: ComparedTask | undefined, locate: TaskLocator, change?: TaskChange): CellPlan[] {
  const { label, style } = KINDS[kind];
  const cell = (value: string): CellPlan => text(value, ['wrap', style]);
  const placed = after && locate(after);
  const target = placed && { row: placed.row, column: 0 };
  return [
    text(label, ['center', style]),
    cell(before?.text ?? ''),
    cell(after?.text ?? ''),
    cell(change ? (change.textChanged ? '是' : '否') : ''),
    cell((change?.unitsGained ?? (kind === 'added' ? after?.units : undefined) ?? []).join('、')),
    cell((change?.unitsLost ?? (kind === 'removed' ? before?.units : undefined) ?? []).join('、')),
    cell(before?.lead.join('、') ?? ''),
    cell(after?.lead.join('、') ?? ''),
    cell(before?.units.join('、') ?? ''),
    cell(after?.units.join('、') ?? ''),
    change ? number(change.similarity, ['center', style]) : cell(''),
    cell(before ? `${before.source} 表${before.table + 1}第${before.row + 1}行` : ''),
    placed && target ? link(`${placed.sheet} ${cellA1(target)}`, placed.sheet, target, ['wrap']) : cell(after ? `${after.source} 表${after.table + 1}第${after.row + 1}行` : ''),
  ];
}
