// A task that names no unit at all: nobody is responsible for it. A cell the source explicitly merges
// into the one above (docx/HTML) is not blank — its units are the filled-down ones. A text export
// loses merges, so there a blank under a filled cell may be a lost merge: the message says what the
// nearest cell above holds, and the clerk decides.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import { cellFlag, quote } from './cell-flag';
import type { Flag } from './flag';
import type { Rule } from './rule';

export const blankUnit: Rule = {
  code: 'blank-unit',
  check: ({ documents, tasks }) =>
    tasks
      .filter((task) => task.units.length === 0 && !task.responsibility.some((c) => c.merged))
      .map((task) => blankFlag(documents, task)),
};

function blankFlag(documents: SourceDocument[], task: Task): Flag {
  const column = responsibilityColumn(documents, task);
  const written = task.responsibility.find((c) => c.column === column)?.text ?? '';
  const above = documents[task.document]?.format === 'text' ? filledAbove(documents, task, column) : undefined;
  const what = written === '' ? '该任务没有填写责任单位。' : `责任单位${quote(written)}中没有可识别的单位。`;
  const where = above && (above.row === task.row - 1 ? '上一行' : `上方第${above.row + 1}行`);
  return cellFlag(task, column, {
    code: 'blank-unit',
    severity: 'error',
    units: [],
    message: above ? `${what}${where}责任单位为${quote(above.text)}，可能是合并单元格在导出时丢失。` : what,
    args: above ? { written, above: above.text, aboveRow: above.row === task.row - 1 ? 0 : above.row + 1 } : { written },
    suggestion: above ? `填写责任单位；如与上方相同（合并单元格），请填为${quote(above.text)}。` : '填写责任单位。',
  });
}

/** The 责任单位 column, else the 牵头 column, else any responsibility column of the task's table. */
function responsibilityColumn(documents: SourceDocument[], task: Task): number {
  const cells = task.responsibility;
  const cell = cells.find((c) => c.role === 'units') ?? cells.find((c) => c.role === 'lead') ?? cells[0];
  if (cell) return cell.column;
  const columns = documents[task.document]?.tables[task.table]?.columns ?? [];
  return Math.max(
    0,
    columns.findIndex((c) => c.role === 'units' || c.role === 'lead' || c.role === 'support'),
  );
}

/** The nearest non-empty cell above in the same column of the raw table. */
function filledAbove(documents: SourceDocument[], task: Task, column: number): { row: number; text: string } | undefined {
  const rows = documents[task.document]?.tables[task.table]?.rows ?? [];
  for (let row = task.row - 1; row >= 0; row--) {
    const text = rows[row]?.cells[column]?.text ?? '';
    if (text !== '') return { row, text };
  }
  return undefined;
}
