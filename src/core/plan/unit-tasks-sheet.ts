// One unit's assignment list: what it leads, then what it supports (and who leads those), then what
// reaches it through a group, with deadlines and the columns the bureau fills in and sends back
// (完成状态 from a dropdown, 落实情况, 完成日期, 佐证材料). The sheet is protected without a password
// so that only those cells are typed into, and each row carries its task key and the unit in
// hidden columns, by which 回收汇总 matches a returned row whatever the file is called.
// The same sheet is a tab of the combined workbook (「任务-区应急局」) and the whole of a bureau's workbook.

import type { Analysis } from '../analysis';
import { ledgerRow, unitAssignments } from '../loop/assignments';
import { COLUMN, STATUSES } from '../loop/columns';
import type { UnitLoad } from '../pivot/unit-load';
import { blank, number, text } from './cells';
import { documentName } from '../source-labels';
import { unitNames } from './unit-names';
import { titledSheet, TITLED_HEADER_ROW } from './titled-sheet';
import type { SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['序号', 5],
  ['类别', 10],
  ['来源', 14],
  ['原序号', 6],
  ['任务名称', 16],
  [COLUMN.content, 40],
  ['完成时间', 12],
  ['牵头单位', 14],
  ['配合单位', 18],
  [COLUMN.status, 10],
  [COLUMN.progress, 30],
  [COLUMN.doneOn, 11],
  [COLUMN.evidence, 18],
  [COLUMN.key, 18],
  [COLUMN.sentTo, 14],
];
const FIRST_FILL_IN = COLUMNS.findIndex(([label]) => label === COLUMN.status);
const HIDDEN = [COLUMNS.length - 2, COLUMNS.length - 1];

export function unitTasksSheet(name: string, unit: UnitLoad, analysis: Analysis): SheetDraft {
  const assignments = unitAssignments(unit, analysis);
  const sources = [...new Set(assignments.map(({ task }) => documentName(analysis, task.document)))];
  const lastShown = HIDDEN[0] - 1;
  const first = TITLED_HEADER_ROW + 1;
  const last = TITLED_HEADER_ROW + assignments.length;
  const body = assignments.map((assignment, i) => {
      const { task } = assignment;
      const row = ledgerRow(assignment, analysis);
      return [
        number(i + 1, ['center']),
        text(assignment.role, ['center']),
        text(row.source, ['wrap']),
        text(task.seq, ['center']),
        text(task.heading, ['wrap']),
        text(task.content, ['wrap']),
        text(task.deadline, ['wrap']),
        text(unitNames(task, 'lead'), ['wrap']),
        text(unitNames(task, 'support'), ['wrap']),
        blank(['center', 'input']),
        blank(['wrap', 'input']),
        blank(['center', 'input']),
        blank(['wrap', 'input']),
        text(row.key),
        text(unit.canonical),
      ];
  });
  const fillIn = { top: first, left: FIRST_FILL_IN, bottom: last, right: FIRST_FILL_IN + 3 };
  return {
    ...titledSheet({
      name,
      columns: COLUMNS,
      title: `${unit.canonical} 任务清单`,
      subtitle:
        `来源：${sources.join('、') || '无'}。牵头 ${unit.lead.length} 项，配合 ${unit.support.length} 项，经由统称 ${unit.viaGroup.length} 项。` +
        '请填写右侧「完成状态」至「佐证材料」四列后原样报回（文件可改名，请勿删除行列）。',
      body,
      lastShown,
    }),
    validations: assignments.length > 0 ? [{ range: { ...fillIn, right: FIRST_FILL_IN }, values: [...STATUSES] }] : [],
    hiddenColumns: HIDDEN,
    protection: { editable: assignments.length > 0 ? [fillIn] : [] },
  };
}
