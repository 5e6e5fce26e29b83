// Outside Excel (WPS, another spreadsheet program, a browser with no Office) and for 分发 inside it:
// the batch analysed and written as files to download, the combined workbook (.xlsx) or every
// bureau's task list in one .zip, the same files the CLI's build and --per-unit write; 回收汇总 and
// 到期提醒 as a new workbook, as the CLI's collect writes it (with returns, or without). Loaded on
// first use, with ExcelJS and JSZip. Nothing leaves the machine: the bytes go to a download.

import JSZip from 'jszip';
import { localDay } from '../core/calendar/iso-day';
import { planWorkbook } from '../core/plan/workbook';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { directoryToRows } from '../core/units/directory-rows';
import { renderAnalysis, renderBureaus } from '../xlsx/render-analysis';
import { isFileProblem } from '../core/loop/collect';
import { dueFromLedger } from '../core/loop/due-ledger';
import { readProgress } from '../core/loop/progress';
import { DEFAULT_WITHIN } from '../core/plan/loop-sheets';
import { collectIntoWorkbook } from '../xlsx/collect-workbook';
import { remindDueInWorkbook } from '../xlsx/due-workbook';
import { loadWorkbook, sheetText } from '../xlsx/read-workbook';
import type { Batch, Choices, PaneOutcome, Progress, RunOutcome } from './pane-state';
import { strings } from './strings';
import { fileProblemText, warningText } from './core-text';
import { outcomeText } from './outcome-strings';
import { dueLines, dueOutcome, failed } from './workbook-loop';
import { analyseBatch, compareYears, comparisonNotes, flagItems, unitLines, unitTally, yearSides, yearsRefused } from './workspace';

export interface DownloadFile {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

export type DownloadKind = 'workbook' | 'bureaus';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `units`: for 分发, only these bureaus' lists (all when absent). */
/** Refused (no file) when the files marked 上一年 leave a side with nothing read. */
export async function download(batch: Batch, choices: Choices, kind: DownloadKind, progress: Progress, units?: readonly string[]): Promise<{ run: RunOutcome; file?: DownloadFile }> {
  const text = strings();
  const refused = yearsRefused(batch, choices);
  if (refused) return { run: { outcome: { kind: 'failed', title: outcomeText().notDownloaded, lines: [refused], warnings: [] }, flags: [], units: [] } };
  progress(text.steps.analysing);
  const analysis = analyseBatch(batch, choices);
  const sides = yearSides(batch, choices);
  // 年度对比 belongs to the combined workbook; the bureaus' lists are this year's tasks only.
  const comparison = kind === 'workbook' ? compareYears(batch, choices) : undefined;
  const yearly = comparisonNotes(comparison, sides.previous.length);
  const options = { importSheets: choices.options.importSheets, unitSheets: choices.options.unitSheets, on: localDay(new Date()) };
  // File names stay Chinese in either language, as the CLI writes them and the bureaus receive them.
  // eslint-disable-next-line no-restricted-syntax
  const base = sides.current.length === 1 ? (sides.current[0]?.title ?? '分工表') : '分工表';
  let file: DownloadFile;
  let plan: WorkbookPlan;
  let fileLine: string;
  if (kind === 'workbook') {
    progress(text.steps.makingWorkbook);
    const rendered = await renderAnalysis(analysis, { ...options, perUnit: false, ...(comparison ? { comparison } : {}) });
    plan = rendered.plan;
    file = { fileName: `${base}.xlsx`, bytes: rendered.combined, type: XLSX };
    fileLine = outcomeText().workbookDownloaded(rendered.sheetNames.length);
  } else {
    // The combined workbook is not rendered for the .zip; its plan still places the 问题 panel's flags.
    progress(text.steps.makingBureaus);
    plan = planWorkbook(analysis, { ...options, directoryRows: directoryToRows(analysis.directory) });
    const bureaus = await renderBureaus(analysis, units);
    const zip = new JSZip();
    for (const bureau of bureaus) zip.file(bureau.fileName, bureau.bytes);
    // eslint-disable-next-line no-restricted-syntax -- a file name, as above
    file = { fileName: `${base}-各单位任务清单.zip`, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), type: 'application/zip' };
    fileLine = outcomeText().bureausDownloaded(bureaus.length);
  }
  return {
    run: {
      outcome: {
        kind: 'ok',
        title: outcomeText().downloaded,
        lines: [outcomeText().analysed(sides.current.length, analysis.tasks.length, unitTally(analysis), analysis.flags.length), ...yearly.lines, fileLine],
        warnings: yearly.warnings,
        next: { problems: analysis.flags.length, downloaded: file.fileName },
      },
      flags: flagItems(analysis, plan),
      units: unitLines(analysis),
    },
    file,
  };
}

/**
 * 回收汇总 outside Excel: the combined workbook (the first file holding a 进展汇总) and the returned
 * files picked together; the result is a new workbook to download, the files picked are untouched.
 */
export async function collectDownload(files: Array<{ name: string; bytes: Uint8Array }>, progress: Progress): Promise<{ outcome: PaneOutcome; file?: DownloadFile }> {
  const text = strings();
  progress(text.steps.findingBase);
  let base: (typeof files)[number] | undefined;
  for (const file of files) {
    const loaded = await loadWorkbook(file.bytes);
    if (loaded.ok && loaded.value.workbook.worksheets.some((sheet) => readProgress(sheetText(sheet).cells))) {
      base = file;
      break;
    }
  }
  if (!base) {
    return {
      outcome: {
        kind: 'failed',
        title: outcomeText().noBase,
        lines: [outcomeText().noBaseNote],
        warnings: [],
      },
    };
  }
  const on = localDay(new Date());
  progress(text.steps.collecting);
  const returned = files.filter((file) => file !== base).map((file) => ({ fileName: file.name, bytes: file.bytes }));
  const collected = await collectIntoWorkbook({ fileName: base.name, bytes: base.bytes }, returned, { on, within: DEFAULT_WITHIN });
  if (!collected.ok) return { outcome: { kind: 'failed', title: outcomeText().collectFailed, lines: [warningText(collected.error)], warnings: [] } };
  const { result, bytes } = collected.value;
  const fileProblems = result.problems.filter(isFileProblem);
  // A collection that used no returned file would hand back the workbook given: nothing is downloaded.
  if (result.files.length === 0) {
    return { outcome: { kind: 'failed', title: outcomeText().noneCollected, lines: [...fileProblems.map(fileProblemText), outcomeText().nothingDownloaded], warnings: [] } };
  }
  // eslint-disable-next-line no-restricted-syntax -- a file name, Chinese in either language
  const fileName = resultName(base.name, '回收汇总', on);
  return {
    outcome: {
      kind: fileProblems.length > 0 ? 'partial' : 'ok',
      title: fileProblems.length > 0 ? outcomeText().collectedSome(result.files.length, fileProblems.length) : outcomeText().collected,
      lines: [outcomeText().collectedInto(base.name, result.files.length, result.rows.filter((r) => r.file !== '').length, result.rows.length, result.problems.length)],
      warnings: fileProblems.map(fileProblemText),
      next: { downloaded: fileName },
      due: dueLines(dueFromLedger(result.rows, on, DEFAULT_WITHIN)),
    },
    file: { fileName, bytes, type: XLSX },
  };
}

/**
 * 到期提醒 outside Excel: the one combined workbook picked, its 进展汇总 and 到期提醒 redone for today
 * (回收统计, 回收问题 and every other sheet kept); the result is a new workbook to download.
 */
export async function dueDownload(files: Array<{ name: string; bytes: Uint8Array }>, progress: Progress): Promise<{ outcome: PaneOutcome; file?: DownloadFile }> {
  const said = outcomeText();
  const [base] = files;
  if (!base || files.length > 1) return { outcome: failed(said.dueOneWorkbook, [said.dueManyPicked(files.length), said.nothingDownloaded]) };
  progress(strings().steps.readingLedger);
  const on = localDay(new Date());
  const reminded = await remindDueInWorkbook({ fileName: base.name, bytes: base.bytes }, { on, within: DEFAULT_WITHIN });
  if (!reminded.ok) {
    return {
      outcome: reminded.error.code === 'no-ledger'
        ? failed(said.dueNoLedger(base.name), [said.dueNoLedgerNote, said.nothingDownloaded])
        : failed(said.dueFailed, [reminded.error.message, said.nothingDownloaded]),
    };
  }
  const { bytes, due, sheetNames } = reminded.value;
  // eslint-disable-next-line no-restricted-syntax -- a file name, Chinese in either language
  const fileName = resultName(base.name, '到期提醒', on);
  return {
    outcome: { ...dueOutcome(due, on, [said.dueInto(base.name, sheetNames)]), next: { downloaded: fileName } },
    file: { fileName, bytes, type: XLSX },
  };
}

/**
 * The name of a 督办 result: the picked workbook's, without the suffixes earlier results gave it
 * (last week's 「汇总-回收汇总-2025-06-01.xlsx」 picked again), then this action's and the day's.
 */
export function resultName(picked: string, action: string, on: string): string {
  return `${picked.replace(/\.xlsx$/i, '').replace(/(?:-(?:回收汇总|到期提醒)-\d{4}-\d{2}-\d{2})+$/, '')}-${action}-${on}.xlsx`;
}
