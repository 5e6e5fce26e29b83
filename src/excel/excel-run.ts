// The only place that calls Excel.run: each operation of the pane is one Excel.run around a
// function that takes the request context (and is tested against a fake one).

import type { RenderReport, WorkbookNames } from './render-plan';
import { readSelectedCells, type SelectedCells } from './selection';
import { readLoopSheets, replaceLoopSheets, type LoopPlan, type LoopSheets } from './loop-sheets';
import type { OldSheet } from './replace-sheets';
import { selectCell, writeFlagStatus } from './flag-cells';
import { loadPaneOptions, savePaneOptions } from './pane-options';
import { runIntoWorkbook, type OldSheets, type PreviousRun, type RunPlan, type RunQuestion, type RunReport } from './run-workbook';
import type { FlagStatuses } from '../core/plan/flags-sheet';
import type { InPlacePlan } from '../core/plan/in-place';
import { clearMarks, type ClearReport } from './clear-marks';
import { markInPlace, type MarkReport } from './mark-cells';

export function readSelection(): Promise<SelectedCells | undefined> {
  return Excel.run((context) => readSelectedCells(context));
}

export function readLoop(): Promise<LoopSheets> {
  return Excel.run((context) => readLoopSheets(context));
}

export function replaceLoop(old: OldSheet[], planFor: (existing: WorkbookNames) => LoopPlan): Promise<RenderReport> {
  return Excel.run((context) => replaceLoopSheets(context, old, planFor));
}

export function runWorkbook(planFor: (existing: WorkbookNames, previous: PreviousRun) => RunPlan, oldSheets?: OldSheets): Promise<RunReport | RunQuestion> {
  return Excel.run((context) => runIntoWorkbook(context, planFor, oldSheets));
}

export function selectFlaggedCell(target: { sheet: string; row: number; column: number }): Promise<void> {
  return Excel.run((context) => selectCell(context, target));
}

export function setFlagStatus(key: string, status: string): Promise<boolean> {
  return Excel.run((context) => writeFlagStatus(context, key, status));
}

export function loadOptions(): Promise<unknown> {
  return Excel.run((context) => loadPaneOptions(context));
}

export function saveOptions(options: object): Promise<void> {
  return Excel.run((context) => savePaneOptions(context, options));
}

export function markTable(sheetId: string, planFor: (existing: WorkbookNames, statuses: FlagStatuses) => InPlacePlan): Promise<MarkReport> {
  return Excel.run((context) => markInPlace(context, sheetId, planFor));
}

export function clearTableMarks(): Promise<ClearReport | undefined> {
  return Excel.run((context) => clearMarks(context));
}
