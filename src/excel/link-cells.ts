// The plan's link cells as Office.js hyperlinks to a cell of the same workbook, in runs down a
// column: each run is one setCellProperties request (ExcelApi 1.9) rather than one request per link,
// whose framing would outweigh the link (30,000 links of a 20,000-row plan).

import { sheetCellRef } from '../core/plan/address';
import type { CellAddress, SheetPlan } from '../core/plan/workbook-plan';

/** At most this many links in one request by default (about 200 KB), so that a run fits a batch beside others. */
export const MAX_LINK_RUN = 2_000;

export interface LinkRun {
  /** The run's first cell; it goes down the column. */
  at: CellAddress;
  /** One row of one cell each, as setCellProperties takes them. */
  cells: Excel.SettableCellProperties[][];
}

export function linkRuns(sheet: SheetPlan, maxRun = MAX_LINK_RUN): LinkRun[] {
  const runs: LinkRun[] = [];
  for (let column = 0; column < sheet.columns.length; column++) {
    let run: LinkRun | undefined;
    sheet.rows.forEach((row, r) => {
      const cell = row[column];
      if (cell?.kind !== 'link') {
        run = undefined;
        return;
      }
      if (!run || run.cells.length >= maxRun) {
        run = { at: { row: r, column }, cells: [] };
        runs.push(run);
      }
      run.cells.push([{ hyperlink: { documentReference: sheetCellRef(cell.sheet, cell.target), textToDisplay: cell.text } }]);
    });
  }
  return runs;
}
