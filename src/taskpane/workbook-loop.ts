// What the pane's 督办 actions do in the open workbook. 回收汇总: the returned files matched against
// the workbook's 进展汇总 and the 督办 sheets replaced by new ones; 到期提醒: 进展汇总 and 到期提醒
// redone for today, 回收统计 and 回收问题 left as they are. Nothing is changed until every file has
// been read and matched, and nothing at all when no file could be used. Loaded on first use (it
// brings the reader of the returned files' sheet XML).

import { localDay } from '../core/calendar/iso-day';
import type { UnitDue } from '../core/deadlines/due-list';
import { collectReturns, isFileProblem } from '../core/loop/collect';
import { dueFromLedger } from '../core/loop/due-ledger';
import { unitCounts } from '../core/loop/unit-counts';
import { DEFAULT_WITHIN, planLoopSheetsRun, type LoopInput } from '../core/plan/loop-sheets';
import type { LoopPlan, LoopSheets } from '../excel/loop-sheets';
import type { OldSheet } from '../excel/replace-sheets';
import type { RenderReport, WorkbookNames } from '../excel/render-plan';
import { readReturnedFile } from '../xlsx/open-workbook';
import type { DueLine, PaneOutcome, Progress } from './pane-state';
import { failedInExcel } from './excel-errors';
import { strings } from './strings';
import { fileProblemText } from './core-text';
import { outcomeText } from './outcome-strings';

export interface LoopAccess {
  readLoop(): Promise<LoopSheets>;
  replaceLoop(old: OldSheet[], planFor: (existing: WorkbookNames) => LoopPlan): Promise<RenderReport>;
}

const noLedger = () => failed(outcomeText().noLedger, [outcomeText().noLedgerNote]);

export async function collectReturnedFiles(files: Array<{ name: string; bytes: Uint8Array }>, access: LoopAccess, progress: Progress): Promise<PaneOutcome> {
  const text = strings();
  progress(text.steps.readingLedger);
  const loop = await access.readLoop();
  if (!loop.ledger) return noLedger();
  const returned = [];
  for (const file of files) {
    progress(text.steps.readingFile(file.name));
    returned.push(await readReturnedFile(file.name, file.bytes));
  }
  const result = collectReturns(loop.ledger, returned);
  const fileProblems = result.problems.filter(isFileProblem);
  if (result.files.length === 0) return failed(outcomeText().noneCollected, [...fileProblems.map(fileProblemText), outcomeText().workbookUnchanged]);
  const on = localDay(new Date());
  progress(text.steps.writing);
  const input = { rows: result.rows, problems: result.problems, sent: result.files, on };
  const written = await write(access, loop.found, input);
  if (!written.ok) return written.outcome;
  const counts = unitCounts(result.rows, on, result.files);
  return {
    kind: fileProblems.length > 0 ? 'partial' : 'ok',
    title: fileProblems.length > 0 ? outcomeText().collectedSome(result.files.length, fileProblems.length) : outcomeText().collected,
    lines: [
      outcomeText().collectedCounts(
        result.files.length,
        counts.filter((c) => c.files.length > 0).length,
        counts.length,
        result.rows.filter((r) => r.file !== '').length,
        result.rows.length,
      ),
      outcomeText().collectedOverdue(on, counts.reduce((n, c) => n + c.overdue, 0), result.problems.length),
    ],
    warnings: fileProblems.map(fileProblemText),
    details: [outcomeText().updated(written.sheets)],
    ...(written.sheets[0] ? { next: { sheet: written.sheets[0] } } : {}),
    due: dueLines(dueFromLedger(result.rows, on, DEFAULT_WITHIN)),
  };
}

export async function remindDue(access: LoopAccess, progress: Progress): Promise<PaneOutcome> {
  const text = strings();
  progress(text.steps.readingLedger);
  const loop = await access.readLoop();
  if (!loop.ledger) return noLedger();
  const on = localDay(new Date());
  const due = dueFromLedger(loop.ledger, on, DEFAULT_WITHIN);
  progress(text.steps.writing);
  const old = loop.found.filter((f) => f.role === 'progress' || f.role === 'due');
  const written = await write(access, old, { rows: loop.ledger, on });
  if (!written.ok) return written.outcome;
  return { ...dueOutcome(due, on), details: [outcomeText().updated(written.sheets)] };
}

/** 到期提醒 done (in the workbook, or as a download): the counts as of `on`, and the pane's table. */
export function dueOutcome(due: UnitDue<number>[], on: string, lines: string[] = []): PaneOutcome {
  return {
    kind: 'ok',
    title: outcomeText().due,
    lines: [outcomeText().dueCounts(on, total(due, 'overdue'), DEFAULT_WITHIN, total(due, 'dueSoon'), due.length), ...lines],
    warnings: [],
    due: dueLines(due),
  };
}

async function write(
  access: LoopAccess,
  old: OldSheet[],
  input: LoopInput,
): Promise<{ ok: true; sheets: string[] } | { ok: false; outcome: PaneOutcome }> {
  try {
    const report = await access.replaceLoop(old, (existing) => planLoopSheetsRun(existing, input));
    return { ok: true, sheets: report.plan.sheets.map((s) => s.name) };
  } catch (error) {
    return { ok: false, outcome: failedInExcel(outcomeText().writeFailed, error) };
  }
}

export function dueLines(due: UnitDue<number>[]): DueLine[] {
  return due.map((unit) => ({ unit: unit.unit, overdue: unit.overdue.length, dueSoon: unit.dueSoon.length }));
}

function total(due: UnitDue<number>[], state: 'overdue' | 'dueSoon'): number {
  return due.reduce((n, unit) => n + unit[state].length, 0);
}

export function failed(title: string, lines: string[]): PaneOutcome {
  return { kind: 'failed', title, lines, warnings: [] };
}
