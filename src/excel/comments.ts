// Plan notes → Excel comments (workbook.comments.add, ExcelApi 1.10). Comments are threaded and
// carry an author: where Excel cannot name one (a guest on the web, a host without comments) the
// batch fails. So they go last, in batches of their own, and a failure costs only the comments:
// every note's reason is also a row of 审核问题, and the colours stay.
// Office applies a batch's requests in order and stops at the one it refuses, losing the rest of the
// batch. A cell that already holds a comment or a note is refused alone (InvalidArgument): the
// comments that got in are found, that cell is set aside, and the rest are added again. Any other
// refusal stops, and every cell left is named.

import { sheetCellRef } from '../core/plan/address';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { excelFailure, type ExcelFailure } from './excel-failure';
import { byteBatches, MAX_BATCH_BYTES, requestBytes, type SyncBudget } from './sync-budget';

/** Cells refused one by one before giving up: each costs a lookup of the comments already in. */
const MAX_REFUSED_CELLS = 20;

export interface PlannedNote {
  /** 「'Sheet'!B3」 */
  address: string;
  text: string;
}

export interface CommentsAdded {
  /** The ids of the comments added, when asked for (keepIds). */
  ids: string[];
  /** The cells (as planned) that got no comment, with Excel's reason for the first refusal. */
  refused?: { cells: string[]; failure: ExcelFailure };
}

export function plannedNotes(plan: WorkbookPlan): PlannedNote[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell?.note ? [{ address: sheetCellRef(sheet.name, { row: r, column: c }), text: cell.note }] : [])),
    ),
  );
}

/**
 * Adds the notes as comments, in batches under the request limit. `placed` is where a refusal looks
 * for the comments that got in (the workbook's, or one sheet's when the notes are all on it);
 * `keepIds` loads each new comment's id, for a caller that must find them again (清除标记).
 */
export async function addComments(
  context: Excel.RequestContext,
  notes: PlannedNote[],
  budget: SyncBudget,
  options: { placed?: Excel.CommentCollection; maxBytes?: number; keepIds?: boolean } = {},
): Promise<CommentsAdded> {
  const ids: string[] = [];
  const refused: string[] = [];
  let failure: ExcelFailure | undefined;
  let pending = notes;
  // Each add as sync-budget.ts estimates it, its address and text, and the load of its id a request more.
  const requests = options.keepIds ? 2 : 1;
  while (pending.length > 0) {
    const batch = byteBatches(pending, (note) => requestBytes([note.address, note.text], requests), options.maxBytes ?? MAX_BATCH_BYTES)[0] ?? [];
    const added = batch.map((note) => context.workbook.comments.add(note.address, note.text));
    if (options.keepIds) added.forEach((comment) => comment.load('id'));
    try {
      await budget.sync();
      if (options.keepIds) ids.push(...added.map((comment) => comment.id));
      pending = pending.slice(batch.length);
      continue;
    } catch (error) {
      const now = excelFailure(error);
      failure ??= now;
      const present = await commentsByCell(options.placed ?? context.workbook.comments, budget);
      const inAt = (note: PlannedNote) => present.get(cellKey(note.address));
      const at = batch.findIndex((note) => inAt(note)?.content !== note.text);
      const stop = at < 0 ? batch.length : at;
      if (options.keepIds) ids.push(...batch.slice(0, stop).map((note) => inAt(note)?.id ?? ''));
      const cell = batch[stop];
      if (cell) refused.push(cell.address);
      pending = pending.slice(stop + 1);
      if (now.code !== 'InvalidArgument' || refused.length >= MAX_REFUSED_CELLS) {
        refused.push(...pending.map((note) => note.address));
        break;
      }
    }
  }
  return { ids, ...(failure && refused.length > 0 ? { refused: { cells: refused, failure } } : {}) };
}

/** The comments there now, by cell, with their id and text: two syncs. */
async function commentsByCell(comments: Excel.CommentCollection, budget: SyncBudget): Promise<Map<string, { id: string; content: string }>> {
  comments.load('items/id,items/content');
  await budget.sync();
  const placed = comments.items.map((comment) => ({ comment, at: comment.getLocation().load('address') }));
  if (placed.length > 0) await budget.sync();
  return new Map(placed.map(({ comment, at }) => [cellKey(at.address), { id: comment.id, content: comment.content }]));
}

/** 「'My sheet'!$B$3」 and 「My sheet!B3」 as one key: Excel quotes a sheet name only when it must. */
function cellKey(address: string): string {
  const bang = address.lastIndexOf('!');
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return `${sheet.toLowerCase()}!${address.slice(bang + 1).replace(/\$/g, '').toUpperCase()}`;
}
