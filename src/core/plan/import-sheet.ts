// An import sheet: the responsibility table(s) of one document (or one table) as a filterable
// Excel table, one task per row, its heading filled down, its units split into lead and support,
// and each flagged cell coloured by severity with a note saying why.

import type { Analysis } from '../analysis';
import type { Flag, Severity } from '../audit/flag';
import type { ColumnRole } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import { text } from './cells';
import { FLAG_LABEL, SEVERITY_ORDER } from './labels';
import { columnLabel, documentName, tableName } from '../source-labels';
import { taskKey } from './task-key';
import { unitNames } from './unit-names';
import type { CellPlan, SheetDraft, StyleName } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['来源', 16],
  ['表格', 18],
  ['序号', 6],
  ['任务名称', 20],
  ['内容', 50],
  ['完成时间', 14],
  ['责任单位（原文）', 30],
  ['牵头单位', 20],
  ['配合单位', 24],
  ['问题', 18],
];

const RESPONSIBILITY_COLUMN = 6;
const PROBLEM_COLUMN = 9;

/** The import-sheet column that shows a source column of the given role: where a flag on it is painted. */
export function importColumnOf(role: ColumnRole | undefined): number {
  switch (role) {
    case 'seq':
      return 2;
    case 'group':
      return 3;
    case 'content':
      return 4;
    case 'deadline':
      return 5;
    case 'units':
    case 'lead':
    case 'support':
      return RESPONSIBILITY_COLUMN;
    default:
      return PROBLEM_COLUMN;
  }
}

export function flagColumn(analysis: Analysis, flag: Flag): number {
  return importColumnOf(analysis.documents[flag.document]?.tables[flag.table]?.columns[flag.column]?.role);
}

export function importSheet(
  name: string,
  tableId: string,
  tasks: Task[],
  analysis: Analysis,
  flagsOf: Map<string, Flag[]>,
): SheetDraft {
  const header = COLUMNS.map(([label]) => text(label, ['header']));
  const rows = tasks.map((task) => taskRow(task, analysis, flagsOf.get(taskKey(task)) ?? []));
  return {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows: [header, ...rows],
    merges: [],
    frozen: { rows: 1, columns: 0 },
    table: { name: tableId, range: { top: 0, left: 0, bottom: rows.length, right: COLUMNS.length - 1 } },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
  };
}

function taskRow(task: Task, analysis: Analysis, flags: Flag[]): CellPlan[] {
  const values = [
    documentName(analysis, task.document),
    tableName(analysis, task.document, task.table),
    task.seq,
    task.heading,
    task.content,
    task.deadline,
    responsibilityText(task, analysis),
    unitNames(task, 'lead'),
    unitNames(task, 'support'),
    [...new Set(flags.map((f) => FLAG_LABEL[f.code]))].join('、'),
  ];
  const inherited = inheritedNote(task);
  return values.map((value, column) => {
    const here = column === PROBLEM_COLUMN ? flags : flags.filter((f) => flagColumn(analysis, f) === column);
    const extra = column === RESPONSIBILITY_COLUMN ? inherited : undefined;
    if (here.length === 0) return text(value, ['wrap'], extra);
    const styles: StyleName[] = ['wrap', worstSeverity(here)];
    return column === PROBLEM_COLUMN ? text(value, styles) : text(value, styles, [flagNote(here), extra].filter(Boolean).join('\n'));
  });
}

/** Units the document named once for every later task are not written at this task: the cell says so. */
function inheritedNote(task: Task): string | undefined {
  const names = [...new Set(task.units.filter((m) => m.roleSource === 'inherited').map((m) => m.written))];
  if (names.length === 0) return undefined;
  return `【统一注明】${names.map((n) => `「${n}」`).join('、')}来自文中「以下……不再注明」的统一说明，不是本项逐项写明的，请核对是否适用。`;
}

/** One cell as written; several responsibility columns (牵头单位, 配合单位) each on a line with their label. */
function responsibilityText(task: Task, analysis: Analysis): string {
  if (task.responsibility.length === 1) return task.responsibility[0]?.written ?? task.responsibility[0]?.text ?? '';
  return task.responsibility
    .map((cell) => `${columnLabel(analysis, task.document, task.table, cell.column)}：${cell.written ?? cell.text}`)
    .join('\n');
}

export function worstSeverity(flags: Flag[]): Severity {
  return flags.map((f) => f.severity).reduce((a, b) => (SEVERITY_ORDER[b] < SEVERITY_ORDER[a] ? b : a));
}

/** The note on a flagged cell: each finding and what to do, one paragraph per flag. */
export function flagNote(flags: Flag[]): string {
  return flags.map((f) => `【${FLAG_LABEL[f.code]}】${f.message}${f.suggestion ? `\n建议：${f.suggestion}` : ''}`).join('\n');
}
