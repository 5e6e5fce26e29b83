// Notes, the older kind of comment that WPS and Excel before threaded comments write. A cell holds a
// note or a threaded comment, never both, so a flagged cell that has a note gets no comment.
// Worksheet.notes came with ExcelApi 1.18: in an older Excel notes cannot be seen beforehand, and a
// comment refused on such a cell is skipped when it is added (comments.ts).

import { hasExcelMember } from './api-sets';
import type { SyncBudget } from './sync-budget';

/** The cells of a sheet that carry a note; none where this Excel cannot list notes. Two syncs at most. */
export async function noteCells(worksheet: Excel.Worksheet, budget: SyncBudget): Promise<Array<{ row: number; column: number }>> {
  if (!hasExcelMember('Worksheet.notes')) return [];
  const notes = worksheet.notes.load('items/content');
  await budget.sync();
  const places = notes.items.map((note) => note.getLocation().load('rowIndex,columnIndex'));
  if (places.length > 0) await budget.sync();
  return places.map((place) => ({ row: place.rowIndex, column: place.columnIndex }));
}
