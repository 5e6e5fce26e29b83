// 分析当前表格 and 清除标记, between the pane and the workbook: the table under the cursor (or the
// selection) read, analysed with the clerk's options, and marked where it stands; or the marks
// taken away again. Loaded on first use, with the core.

import type { FlagStatuses } from '../core/plan/flags-sheet';
import { planInPlace, type InPlacePlan } from '../core/plan/in-place';
import type { ClearReport } from '../excel/clear-marks';
import type { MarkReport } from '../excel/mark-cells';
import type { WorkbookNames } from '../excel/render-plan';
import type { SelectedCells } from '../excel/selection';
import type { Choices, PaneOutcome, Progress, RunOutcome } from './pane-state';
import { excelProblem, failedInExcel } from './excel-errors';
import { namedWarnings } from './preview';
import { strings } from './strings';
import { outcomeText } from './outcome-strings';
import { analyseBatch, flagItems, selectionBatch, unitLines, unitTally } from './workspace';

export interface InPlaceAccess {
  readSelection(): Promise<SelectedCells | undefined>;
  mark(sheetId: string, planFor: (existing: WorkbookNames, statuses: FlagStatuses) => InPlacePlan): Promise<MarkReport>;
  clear(): Promise<ClearReport | undefined>;
}

export async function analyseInPlace(choices: Choices, access: InPlaceAccess, progress: Progress): Promise<RunOutcome> {
  const text = strings();
  progress(text.steps.readingTable);
  const cells = await access.readSelection();
  const batch = selectionBatch(cells);
  if (!cells || batch.documents.length === 0) return failed(outcomeText().cannotAnalyse, batch.refused);
  if (cells.sheetProtected) return failed(outcomeText().cannotAnalyse, [outcomeText().sheetProtected(cells.sheet)]);
  progress(text.steps.marking);
  // The selection is this year's table: marks of 上一年 belong to the batch of files, not to it.
  const analysis = analyseBatch(batch, { ...choices, lastYear: [] });
  let report: MarkReport;
  try {
    report = await access.mark(cells.sheetId, (existing, statuses) =>
      planInPlace(analysis, { sheet: cells.sheet, left: cells.left }, { existingSheetNames: existing.sheets, existingTableNames: existing.tables, flagStatuses: statuses }),
    );
  } catch (error) {
    return { outcome: failedInExcel(outcomeText().markFailed, error, [outcomeText().markFailedNote]), flags: [], units: [] };
  }
  const [flagsSheet, summarySheet] = report.plan.plan.sheets.map((sheet) => sheet.name);
  const warnings = batch.documents.flatMap(namedWarnings);
  if (report.unreadable > 0) warnings.push(outcomeText().fillUnreadable(report.unreadable, flagsSheet));
  if (report.commented > 0) warnings.push(outcomeText().alreadyCommented(report.commented, flagsSheet));
  const refused = report.commentsRefused && excelProblem(report.commentsRefused.failure);
  if (report.commentsRefused && refused) warnings.push(outcomeText().commentsRefused(report.commentsRefused.cells, refused.advice, flagsSheet));
  return {
    outcome: {
      kind: report.commentsRefused ? 'partial' : 'ok',
      title: outcomeText().analysedInPlace,
      lines: [outcomeText().inPlaceCounts(cells.address, analysis.tasks.length, unitTally(analysis), analysis.flags.length, report.marked, report.notes)],
      warnings,
      details: [outcomeText().inPlaceSheets(flagsSheet, summarySheet), ...(refused ? refused.details : [])],
      next: { problems: analysis.flags.length, sheet: flagsSheet },
    },
    flags: flagItems(analysis, report.plan.plan),
    units: unitLines(analysis),
    inWorkbook: true,
  };
}

export async function clearInPlace(access: InPlaceAccess, progress: Progress): Promise<PaneOutcome> {
  const text = strings();
  progress(text.steps.clearing);
  let report: ClearReport | undefined;
  try {
    report = await access.clear();
  } catch (error) {
    return failedInExcel(outcomeText().clearFailed, error);
  }
  if (!report) return { kind: 'ok', title: outcomeText().nothingToClear, lines: [outcomeText().nothingToClearNote], warnings: [] };
  return {
    kind: 'ok',
    title: outcomeText().cleared,
    lines: [outcomeText().clearedCounts(report.restored, report.comments, report.sheets)],
    warnings: report.kept > 0 ? [outcomeText().coloursKept(report.kept)] : [],
  };
}

function failed(title: string, lines: string[]): RunOutcome {
  return { outcome: { kind: 'failed', title, lines, warnings: [] }, flags: [], units: [] };
}
