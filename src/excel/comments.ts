// Plan notes → Excel comments (workbook.comments.add, ExcelApi 1.10). Comments are threaded and
// carry an author: where Excel cannot name one (a guest on the web, a host without comments) the
// batch fails. So they go last, in batches of their own, and a failure costs only the comments:
// every note's reason is also a row of 审核问题, and the colours stay.

import { sheetCellRef } from '../core/plan/address';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { requestBytes, type SyncBudget } from './sync-budget';

export interface PlannedNote {
  /** 「'Sheet'!B3」 */
  address: string;
  text: string;
}

export function plannedNotes(plan: WorkbookPlan): PlannedNote[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (cell?.note ? [{ address: sheetCellRef(sheet.name, { row: r, column: c }), text: cell.note }] : [])),
    ),
  );
}

/** Adds the notes as comments; returns Excel's reason when it refused them, undefined when all were added. */
export async function addComments(context: Excel.RequestContext, notes: PlannedNote[], budget: SyncBudget): Promise<string | undefined> {
  if (notes.length === 0) return undefined;
  try {
    for (const note of notes) {
      await budget.reserve(requestBytes([note.address, note.text]));
      context.workbook.comments.add(note.address, note.text);
    }
    await budget.sync();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
