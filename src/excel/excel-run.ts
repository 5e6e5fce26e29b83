// The only place that calls Excel.run: each operation of the pane is one Excel.run around a
// function that takes the request context (and is tested against a fake one).

import { renderPlanIntoWorkbook, type RenderReport, type WorkbookNames } from './render-plan';
import { readSelectedCells, type SelectedCells } from './selection';
import { readLoopSheets, replaceLoopSheets, type LoopSheets } from './loop-sheets';
import type { OldSheet } from './replace-sheets';
import type { WorkbookPlan } from '../core/plan/workbook-plan';

export function renderIntoOpenWorkbook(planFor: (existing: WorkbookNames) => WorkbookPlan): Promise<RenderReport> {
  return Excel.run((context) => renderPlanIntoWorkbook(context, planFor));
}

export function readSelection(): Promise<SelectedCells | undefined> {
  return Excel.run((context) => readSelectedCells(context));
}

export function readLoop(): Promise<LoopSheets> {
  return Excel.run((context) => readLoopSheets(context));
}

export function replaceLoop(old: OldSheet[], planFor: (existing: WorkbookNames) => WorkbookPlan): Promise<RenderReport> {
  return Excel.run((context) => replaceLoopSheets(context, old, planFor));
}
