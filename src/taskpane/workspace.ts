// The pane's workspace, between the components and the core: several files (or the selected
// cells) read as one batch,
// shown as a preview (plain data the components display), analysed with the clerk's column roles
// and options only when 生成 is pressed, and written by a run that keeps the clerk's 处理状态, 单位名录
// and collected answers. Loaded on first use, with the readers and the core.

import { analyse } from '../core/analyse';
import type { Flag } from '../core/audit/flag';
import { localDay } from '../core/calendar/iso-day';
import type { Analysis } from '../core/analysis';
import { comparePlans } from '../core/compare/compare-plans';
import type { Comparison } from '../core/compare/comparison';
import { recipients } from '../core/loop/assignments';
import { flagKey } from '../core/plan/flags-sheet';
import { FLAG_LABEL, SEVERITY_LABEL, SEVERITY_ORDER } from '../core/plan/labels';
import { planWorkbook, planWorkbookRun } from '../core/plan/workbook';
import type { LinkCell, WorkbookPlan } from '../core/plan/workbook-plan';
import { readDocument } from '../core/read';
import { documentFromGrid } from '../core/tables/range-table';
import { withRoles } from '../core/tables/role-overrides';
import { nothingRead, yieldsTasks } from '../core/tables/nothing-read';
import type { SourceDocument } from '../core/tables/raw-table';
import { directoryFromRows, directoryToRows } from '../core/units/directory-rows';
import type { UnitDirectory } from '../core/units/unit';
import type { OldSheets, RunReport, RunPlan, PreviousRun, RunQuestion } from '../excel/run-workbook';
import type { WorkbookNames } from '../excel/render-plan';
import type { SelectedCells } from '../excel/selection';
import type { Batch, Choices, DocumentTally, FlagItem, FlagPlace, Progress, Reviewed, RunOutcome, UnitLine } from './pane-state';
import { namedWarnings, previewOf, rowName, rowOf, tableTitle } from './preview';
import { excelProblem, failedInExcel } from './excel-errors';
import { flagText, warningText } from './core-text';
import { strings } from './strings';
import { outcomeText } from './outcome-strings';

export interface RunAccess {
  run(planFor: (existing: WorkbookNames, previous: PreviousRun) => RunPlan, oldSheets?: OldSheets): Promise<RunReport | RunQuestion>;
}

/** Every file read; those that cannot be read, or yield no task, are named and left out. */
export async function readBatch(files: Array<{ name: string; bytes: Uint8Array }>, progress: Progress): Promise<Batch> {
  const documents: SourceDocument[] = [];
  const refused: string[] = [];
  for (const file of files) {
    progress(strings().steps.readingFile(file.name));
    const read = await readDocument(file.name, file.bytes);
    if (!read.ok) refused.push(strings().place.file(file.name, warningText(read.error)));
    else if (!yieldsTasks(read.value)) refused.push(strings().place.fileWithoutTasks(file.name, warningText(nothingRead(read.value))));
    else documents.push(read.value);
  }
  return { documents, refused, preview: documents.map(previewOf) };
}

/** 从选区导入: the selected cells as a batch of one document, or why they cannot be one. */
export function selectionBatch(cells: SelectedCells | undefined): Batch {
  const text = outcomeText();
  if (!cells) return { documents: [], refused: [text.selectionEmpty], preview: [] };
  const read = documentFromGrid({ source: cells.address, firstRow: cells.firstRow, values: cells.values });
  if (!read.ok) return { documents: [], refused: [text.selectionUnreadable(cells.address, warningText(read.error))], preview: [] };
  if (!yieldsTasks(read.value)) return { documents: [], refused: [text.selectionNothingRead(cells.address, warningText(nothingRead(read.value)))], preview: [] };
  return { documents: [read.value], refused: [], preview: [previewOf(read.value)] };
}

/** The batch with the clerk's column roles, split into this year's documents and those marked 上一年. */
export function yearSides(batch: Batch, choices: Choices): { current: SourceDocument[]; previous: SourceDocument[] } {
  const documents = withRoles(batch.documents, choices.roles);
  const marked = new Set(choices.lastYear);
  return { current: documents.filter((_, d) => !marked.has(d)), previous: documents.filter((_, d) => marked.has(d)) };
}

/**
 * Why the batch cannot be written, checked before anything is: with files marked 上一年, a side
 * with nothing read (every file marked, or roles that leave a side without a task) would report
 * every task of the other side as added or removed.
 */
export function yearsRefused(batch: Batch, choices: Choices): string | undefined {
  const { current, previous } = yearSides(batch, choices);
  if (previous.length === 0) return undefined;
  const text = outcomeText();
  if (!current.some(yieldsTasks)) return text.noThisYear;
  if (!previous.some(yieldsTasks)) return text.noLastYear;
  return undefined;
}

/** 年度对比 of the files marked 上一年 against the rest, when some are marked; through the clerk's directory when there is one. */
export function compareYears(batch: Batch, choices: Choices, directory?: UnitDirectory): Comparison | undefined {
  const { current, previous } = yearSides(batch, choices);
  if (previous.length === 0 || current.length === 0) return undefined;
  return comparePlans(previous, current, { firstListedLeads: choices.options.firstListedLeads, ...(directory ? { directory } : {}) }).comparison;
}

/** The outcome's line about 年度对比, and a warning when the two plans hardly match. */
export function comparisonNotes(comparison: Comparison | undefined, previous: number): { lines: string[]; warnings: string[] } {
  if (!comparison) return { lines: [], warnings: [] };
  const text = outcomeText();
  return {
    lines: [text.compared(previous, comparison.added.length, comparison.removed.length, comparison.changed.length, comparison.unchanged)],
    warnings: comparison.fewMatches ? [text.fewMatches] : [],
  };
}

/** The batch analysed as the clerk set it up: this year's documents, corrected column roles, the lead option, the directory if any. */
export function analyseBatch(batch: Batch, choices: Choices, directory?: UnitDirectory): Analysis {
  return analyse(yearSides(batch, choices).current, {
    firstListedLeads: choices.options.firstListedLeads,
    edits: choices.edits,
    ...(directory ? { directory } : {}),
  });
}

/** The batch analysed without writing anything: what the 单位名录, 问题 and 分发 panels and the preview's counts show before 生成. */
export function review(batch: Batch, choices: Choices): Reviewed {
  const analysis = analyseBatch(batch, choices);
  const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), importSheets: choices.options.importSheets });
  return {
    review: {
      proposals: analysis.proposals.map(({ a, b, reason, code, args }) => ({ a, b, reason: warningText({ code, message: reason, args }) })),
      groups: analysis.directory.entries.filter((e) => e.kind === 'group').map((e) => ({ name: e.canonical, members: e.members })),
      idle: analysis.coverage.unitsWithoutTask,
    },
    run: { flags: flagItems(analysis, plan), units: unitLines(analysis) },
    tallies: documentTallies(batch, choices, analysis),
  };
}

/** Each document's tasks and the bureaus 分发 sends them to (counted as 分发 counts them), by batch index; undefined for last year's. */
function documentTallies(batch: Batch, choices: Choices, analysis: Analysis): Array<DocumentTally | undefined> {
  const marked = new Set(choices.lastYear);
  const current = batch.documents.flatMap((_, d) => (marked.has(d) ? [] : [d]));
  const tallies = current.map((): DocumentTally & { named: Set<string> } => ({ tasks: 0, units: 0, named: new Set() }));
  for (const task of analysis.tasks) if (tallies[task.document]) tallies[task.document]!.tasks++;
  for (const unit of recipients(analysis)) {
    for (const ref of [...unit.lead, ...unit.support, ...unit.viaGroup.map((v) => v.task)]) tallies[ref.document]?.named.add(unit.canonical);
  }
  return batch.documents.map((_, d) => {
    const tally = tallies[current.indexOf(d)];
    return tally && { tasks: tally.tasks, units: tally.named.size };
  });
}

/** The names the analysis found, counted the way 分发 and the outcome count them: bureaus that carry a task, then 统称 and 泛指. */
export function unitTally(analysis: Analysis): { bureaus: number; groups: number; vague: number } {
  return {
    bureaus: recipients(analysis).length,
    groups: analysis.byUnit.filter((u) => u.kind === 'group').length,
    vague: analysis.byUnit.filter((u) => u.kind === 'vague').length,
  };
}

/**
 * 生成: with `oldSheets` 'ask' (the default), a run that would remove sheets of the last one stops
 * before writing and the outcome asks the clerk (RunOutcome.asked); 'replace' or 'add' is the answer.
 */
export async function generate(batch: Batch, choices: Choices, access: RunAccess, progress: Progress, oldSheets: OldSheets = 'ask'): Promise<RunOutcome> {
  const text = strings();
  const refused = yearsRefused(batch, choices);
  if (refused) return { outcome: { kind: 'failed', title: outcomeText().notGenerated, lines: [refused], warnings: [] }, flags: [], units: [] };
  let analysis: Analysis | undefined;
  let comparison: Comparison | undefined;
  let directoryNote: string | undefined;
  // One step for the clerk: the analysis runs inside the write, once the workbook's 单位名录 is read.
  progress(text.steps.writing);
  let report: RunReport | RunQuestion;
  try {
    report = await access.run((existing, previous) => {
      const directory = previous.directoryRows ? directoryFromRows(previous.directoryRows) : undefined;
      if (directory && !directory.ok) directoryNote = outcomeText().directoryUnusable(warningText(directory.error));
      analysis = analyseBatch(batch, choices, directory?.ok ? directory.value : undefined);
      comparison = compareYears(batch, choices, directory?.ok ? directory.value : undefined);
      return planWorkbookRun(analysis, {
        ...(comparison ? { comparison } : {}),
        existingSheetNames: existing.sheets,
        existingTableNames: existing.tables,
        directoryRows: directoryToRows(analysis.directory),
        importSheets: choices.options.importSheets,
        unitSheets: choices.options.unitSheets,
        on: localDay(new Date()),
        flagStatuses: previous.flagStatuses,
        ...(previous.progress ? { previousProgress: previous.progress } : {}),
      });
    }, oldSheets);
  } catch (error) {
    return { outcome: failedInExcel(outcomeText().writeFailed, error), flags: [], units: [] };
  }
  if (!analysis) throw new Error('the plan was never made');
  if ('asked' in report) {
    const { replaced, removed } = report.asked;
    return {
      // Nothing written yet, and the clerk's answer needed: a warning, with the choice below it.
      outcome: { kind: 'partial', title: outcomeText().askOldSheets, lines: [outcomeText().wouldRemove(removed), ...(replaced.length > 0 ? [outcomeText().wouldReplace(replaced)] : [])], warnings: [outcomeText().chooseOldSheets] },
      flags: [],
      units: [],
      asked: report.asked,
    };
  }
  const sheets = report.plan.sheets.map((s) => s.name);
  const sides = yearSides(batch, choices);
  const yearly = comparisonNotes(comparison, sides.previous.length);
  const warnings = [
    ...batch.documents.flatMap((d) => namedWarnings(d).map((warning) => `《${d.title ?? d.source}》${warning}`)),
    ...(directoryNote ? [directoryNote] : []),
    ...yearly.warnings,
  ];
  const flagsSheet = flagsSheetOf(report.plan);
  const uncommented = report.commentsRefused && excelProblem(report.commentsRefused.failure);
  if (report.commentsRefused && uncommented) warnings.push(outcomeText().commentsRefused(report.commentsRefused.cells, uncommented.advice, flagsSheet?.name ?? ''));
  return {
    outcome: {
      // Comments Excel would not add are a part of the run that failed.
      kind: report.commentsRefused ? 'partial' : 'ok',
      title: report.replaced > 0 ? outcomeText().regenerated : outcomeText().generated,
      lines: [
        outcomeText().analysed(sides.current.length, analysis.tasks.length, unitTally(analysis), analysis.flags.length),
        ...yearly.lines,
        report.replaced > 0 ? outcomeText().sheetsUpdated(sheets.length) : outcomeText().sheetsAdded(sheets.length),
      ],
      warnings,
      details: [outcomeText().sheetList(sheets), ...(uncommented ? uncommented.details : [])],
      next: { problems: analysis.flags.length, ...(flagsSheet ? { sheet: flagsSheet.name } : {}) },
    },
    flags: flagItems(analysis, report.plan),
    units: unitLines(analysis),
    inWorkbook: true,
  };
}

/** The bureaus that get a task list, by name. */
export function unitLines(analysis: Analysis): UnitLine[] {
  return recipients(analysis)
    .map((unit) => ({ unit: unit.canonical, lead: unit.lead.length, support: unit.support.length + unit.viaGroup.length }))
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

/** The plan's 审核问题 sheet, known by its table's name whatever the sheet is called. */
export function flagsSheetOf(plan: WorkbookPlan): WorkbookPlan['sheets'][number] | undefined {
  return plan.sheets.find((sheet) => sheet.table?.name.startsWith('Flags'));
}

/** The flags as the 问题 panel lists them, worst first, each with the cell its 审核问题 row links to. */
export function flagItems(analysis: Analysis, plan: WorkbookPlan): FlagItem[] {
  const flagsSheet = flagsSheetOf(plan);
  const rowsByKey = new Map<string, { target?: LinkCell; status: string }>();
  for (const row of flagsSheet?.rows.slice(1) ?? []) {
    const key = row[9];
    const where = row[4];
    const status = row[8];
    if (key?.kind !== 'text') continue;
    rowsByKey.set(key.text, { ...(where?.kind === 'link' ? { target: where } : {}), status: status?.kind === 'text' ? status.text : '' });
  }
  return [...analysis.flags]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code))
    .map((flag) => {
      const key = flagKey(analysis, flag);
      const row = rowsByKey.get(key);
      return {
        key,
        place: flagPlace(analysis, flag),
        severity: flag.severity,
        severityLabel: strings().severityLabels?.[flag.severity] ?? SEVERITY_LABEL[flag.severity],
        code: flag.code,
        codeLabel: strings().flagLabels?.[flag.code] ?? FLAG_LABEL[flag.code],
        text: flag.text,
        message: flagText(flag),
        units: flag.units,
        // eslint-disable-next-line no-restricted-syntax -- a value of 审核问题's 处理状态 column, not pane text
        status: row?.status ?? '待处理',
        ...(row?.target ? { target: { sheet: row.target.sheet, row: row.target.target.row, column: row.target.target.column } } : {}),
      };
    });
}

/** The flag's place as the clerk finds it: the document's and the table's titles, the row's 序号 and task. */
function flagPlace(analysis: Analysis, flag: Flag): FlagPlace {
  const document = analysis.documents[flag.document];
  const table = document?.tables[flag.table];
  const task = analysis.tasks.find((t) => t.document === flag.document && t.table === flag.table && t.row === flag.row);
  const row = task ? { seq: task.seq, task: task.heading || task.content } : table ? rowOf(table, flag.row) : { seq: '', task: '' };
  return {
    document: document ? (document.title ?? document.source) : '',
    table: table ? tableTitle(table, flag.table) : '',
    row: rowName(row.seq, row.task.replace(/\s+/g, ' '), flag.row),
  };
}
