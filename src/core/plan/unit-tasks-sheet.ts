// One unit's assignment list: what it leads, then what it supports (and who leads those), then what
// reaches it through a group, with deadlines and a blank 「落实情况」 column for the bureau to fill in.
// The same sheet is a tab of the combined workbook (「任务-区应急局」) and the whole of a bureau's workbook.

import type { Analysis } from '../analysis';
import type { TaskRef, UnitLoad } from '../pivot/unit-load';
import type { Task } from '../tasks/task';
import { blank, number, text } from './cells';
import { documentName } from './source-labels';
import { tasksByKey, taskKey } from './task-key';
import { unitNames } from './unit-names';
import type { CellPlan, SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['序号', 5],
  ['类别', 10],
  ['来源', 16],
  ['原序号', 6],
  ['任务名称', 18],
  ['内容', 48],
  ['完成时间', 14],
  ['牵头单位', 18],
  ['配合单位', 22],
  ['落实情况', 30],
];
const HEADER_ROW = 2;

interface Assignment {
  kind: string;
  ref: TaskRef;
}

export function unitTasksSheet(name: string, unit: UnitLoad, analysis: Analysis): SheetDraft {
  const byKey = tasksByKey(analysis.tasks);
  const assignments: Assignment[] = [
    ...unit.lead.map((ref) => ({ kind: '牵头', ref })),
    ...unit.support.map((ref) => ({ kind: '配合', ref })),
    ...unit.viaGroup.map(({ task, group }) => ({ kind: `经由「${group}」`, ref: task })),
  ];
  const tasks = assignments.flatMap((a) => {
    const task = byKey.get(taskKey(a.ref));
    return task ? [{ kind: a.kind, task }] : [];
  });
  const sources = [...new Set(tasks.map(({ task }) => documentName(analysis, task.document)))];
  const last = COLUMNS.length - 1;
  const rows: Array<Array<CellPlan | null>> = [
    [text(`${unit.canonical} 任务清单`, ['title'])],
    [text(`来源：${sources.join('、') || '无'}。牵头 ${unit.lead.length} 项，配合 ${unit.support.length} 项，经由群体 ${unit.viaGroup.length} 项。`, ['subtitle'])],
    COLUMNS.map(([label]) => text(label, ['header'])),
    ...tasks.map(({ kind, task }, i) => taskRow(i + 1, kind, task, analysis)),
  ];
  return {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows,
    merges: [0, 1].map((row) => ({ top: row, left: 0, bottom: row, right: last })),
    frozen: { rows: HEADER_ROW + 1, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: HEADER_ROW + 1 },
  };
}

function taskRow(n: number, kind: string, task: Task, analysis: Analysis): CellPlan[] {
  return [
    number(n, ['center']),
    text(kind, ['center']),
    text(documentName(analysis, task.document), ['wrap']),
    text(task.seq, ['center']),
    text(task.heading, ['wrap']),
    text(task.content, ['wrap']),
    text(task.deadline, ['wrap']),
    text(unitNames(task, 'lead'), ['wrap']),
    text(unitNames(task, 'support'), ['wrap']),
    blank(['wrap', 'input']),
  ];
}
