// 分析当前表格 into the open workbook: the clerk's flagged cells get a fill and a comment, and
// 审核问题 and 单位汇总 go on new sheets beside the table. No value of the clerk's is written. Before
// painting, each cell's fill is read and recorded (mark-record.ts), and the record is saved in the
// same batch as the paint, so 清除标记 can always undo what is on the sheet. A cell whose fill
// Office.js cannot report (a gradient) is not painted, only listed; a cell that already carries
// a comment or a note keeps it and gets none. Marks of an earlier analysis of the same sheet go first.

import type { FlagStatuses } from '../core/plan/flags-sheet';
import type { InPlacePlan } from '../core/plan/in-place';
import { sheetCellRef } from '../core/plan/address';
import { clearMarks } from './clear-marks';
import { fillBefore, type MarkedCell, type MarkRecord } from './mark-record';
import { loadMarkStore, markStoreBytes, saveMarkStore } from './mark-store';
import { renderPlanIntoWorkbook, type WorkbookNames } from './render-plan';
import { addComments, type CommentsAdded } from './comments';
import { noteCells } from './sheet-notes';
import { requestBytes, RESULT_FRAMING_BYTES, SyncBudget } from './sync-budget';

/** Reading one cell's fill: its range, format and fill paths and the load; back come its colour, pattern and tint. */
const FILL_READ = { request: requestBytes(null, 2), response: RESULT_FRAMING_BYTES + 60 };

export interface MarkReport {
  plan: InPlacePlan;
  /** Cells painted. */
  marked: number;
  /** Flagged cells whose fill before could not be read: painted, and cleared later only while they keep the mark's colour. */
  unreadable: number;
  /** Comments added. */
  notes: number;
  /** Flagged cells that already had the clerk's comment or note, kept as it was. */
  commented: number;
  /** The cells Excel gave no comment, and why. */
  commentsRefused?: CommentsAdded['refused'];
  syncs: number;
}

export async function markInPlace(
  context: Excel.RequestContext,
  sheetId: string,
  planFor: (existing: WorkbookNames, statuses: FlagStatuses) => InPlacePlan,
): Promise<MarkReport> {
  const cleared = await clearMarks(context, { sheetId, readStatuses: true });
  const budget = new SyncBudget(context);
  const worksheet = context.workbook.worksheets.getItem(sheetId).load('name');
  const protection = worksheet.protection.load('protected');
  const names = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const stored = loadMarkStore(context);
  await budget.sync();
  const store = await stored.read();
  if (protection.protected) throw new Error(`工作表「${worksheet.name}」受保护，无法标出问题单元格：请先撤销工作表保护，再点击「分析当前表格」。`);
  const existing = { sheets: names.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
  const plan = planFor(existing, cleared?.flagStatuses ?? {});

  const fills = [];
  for (const mark of plan.marks) {
    await budget.reserve(FILL_READ.request, FILL_READ.response);
    fills.push({ mark, fill: worksheet.getRangeByIndexes(mark.row, mark.column, 1, 1).format.fill.load('color,pattern,tintAndShade') });
  }
  // A cell holds one comment or one note: one that has either keeps it and gets none.
  const commented = new Set([...(await commentsOn(worksheet, budget)).map((comment) => comment.cell), ...(await noteCells(worksheet, budget)).map(cellKey)]);

  // The record goes first, in a batch of its own: whatever happens to the paint after it, 清除标记
  // finds every cell that may carry a mark (one never painted still has its own colour, and is left).
  const record: MarkRecord = { sheetId, cells: [], comments: [], sheets: [] };
  const others = store.records.filter((r) => r.sheetId !== sheetId);
  const save = async () => {
    await budget.reserve(markStoreBytes([...others, record]));
    saveMarkStore(context, store, [...others, record]);
  };
  // Every flagged cell is painted; one whose fill could not be read is recorded as unknown (see fillBefore).
  const painted = fills.map(({ mark, fill }) => ({ fill, cell: { row: mark.row, column: mark.column, mark: `#${mark.fill}`, before: fillBefore(fill) } satisfies MarkedCell }));
  record.cells = painted.map(({ cell }) => cell);
  await save();
  await budget.sync();
  for (const { fill, cell } of painted) {
    await budget.reserve(requestBytes(cell.mark));
    fill.color = cell.mark;
  }
  await budget.sync();

  const render = await renderPlanIntoWorkbook(context, () => plan.plan, {
    existing,
    afterFeaturesBytes: markStoreBytes([...others, record]),
    afterFeatures: (added) => {
      record.sheets = added.map((sheet) => ({ id: sheet.id, role: sheet.name === plan.flagsSheet ? 'flags' : 'other' }));
      saveMarkStore(context, store, [...others, record]);
    },
  });

  const paintedAt = new Set(record.cells.map(cellKey));
  const notes = plan.marks
    .filter((mark) => paintedAt.has(cellKey(mark)) && !commented.has(cellKey(mark)))
    .map((mark) => ({ address: sheetCellRef(worksheet.name, mark), text: mark.note }));
  // Each batch's ids are kept as soon as it is in; a refused cell is skipped and named (comments.ts).
  const comments = await addComments(context, notes, budget, { placed: worksheet.comments, keepIds: true });
  record.comments.push(...comments.ids);
  // Back to the clerk's table, where the marks are.
  worksheet.activate();
  await save();
  await budget.sync();
  return {
    plan,
    marked: record.cells.length,
    unreadable: record.cells.filter((cell) => cell.before.pattern === 'Unknown').length,
    notes: record.comments.length,
    commented: plan.marks.filter((mark) => commented.has(cellKey(mark))).length,
    ...(comments.refused ? { commentsRefused: comments.refused } : {}),
    syncs: budget.syncs + render.syncs + (cleared?.syncs ?? 1) + store.syncs,
  };
}

const cellKey = (cell: { row: number; column: number }) => `${cell.row}/${cell.column}`;

/** The comments on a sheet with their cells (cellKey): two syncs, the second only when there are any. */
async function commentsOn(worksheet: Excel.Worksheet, budget: SyncBudget): Promise<Array<{ cell: string }>> {
  const comments = worksheet.comments.load('items/id');
  await budget.sync();
  const placed = comments.items.map((comment) => comment.getLocation().load('rowIndex,columnIndex'));
  if (placed.length > 0) await budget.sync();
  return placed.map((at) => ({ cell: cellKey({ row: at.rowIndex, column: at.columnIndex }) }));
}
