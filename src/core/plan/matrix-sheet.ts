// 「责任矩阵」: tasks down, units across, 「牵」「配」「组」 where they meet; the header row and the
// task columns stay in view while scrolling, and each task links back to its import row.

import type { Analysis } from '../analysis';
import { blank, link, text } from './cells';
import { importColumnOf } from './import-sheet';
import { placementOf, type Placements } from './placement';
import { truncate } from './sheet-name';
import { tableName } from '../source-labels';
import { tasksByKey, taskKey } from './task-key';
import type { CellPlan, SheetDraft } from './workbook-plan';

const LABEL_LENGTH = 40;
const CONTENT_COLUMN = importColumnOf('content');

export function matrixSheet(name: string, analysis: Analysis, placements: Placements): SheetDraft {
  const { tasks, units, marks } = analysis.matrix;
  const byKey = tasksByKey(analysis.tasks);
  const header = ['来源', '序号', '任务', ...units].map((h) => text(h, ['header']));
  const rows = tasks.map((ref, i): CellPlan[] => {
    const task = byKey.get(taskKey(ref));
    const label = task ? taskLabel(task.heading, task.content) : '';
    const placed = placementOf(placements, ref);
    return [
      text(`文件${ref.document + 1}·${tableName(analysis, ref.document, ref.table)}`, ['wrap']),
      text(task?.seq ?? '', ['center']),
      placed ? link(label, placed.sheet, { row: placed.row, column: CONTENT_COLUMN }, ['wrap']) : text(label, ['wrap']),
      ...(marks[i] ?? []).map(markCell),
    ];
  });
  return {
    name,
    columns: [14, 5, 30, ...units.map(() => 6)],
    rows: [header, ...rows],
    merges: [],
    frozen: { rows: 1, columns: 3 },
    validations: [],
    // Too wide to shrink onto one page legibly: printed across pages, task columns not repeated.
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: false, repeatRows: 1 },
  };
}

/**
 * One cell object per mark, shared by every row: the matrix has tasks × units cells (1.2 million for
 * 20,000 tasks and 60 units), nearly all blank, and renderers never change a plan (workbook-plan.ts).
 */
const MARK_CELLS = new Map<string, CellPlan>();
function markCell(mark: string): CellPlan {
  let cell = MARK_CELLS.get(mark);
  if (!cell) MARK_CELLS.set(mark, (cell = Object.freeze(mark === '' ? blank(['center']) : text(mark, ['center']))));
  return cell;
}

/** 「任务名称：内容」 cut short; the link leads to the full text. */
function taskLabel(heading: string, content: string): string {
  const full = heading && content ? `${heading}：${content}` : heading || content;
  return full.length > LABEL_LENGTH ? `${truncate(full, LABEL_LENGTH - 1)}…` : full;
}
