// The pane's state as plain data, changed only by paneReducer: the batch of documents read and its
// preview, the clerk's column-role corrections and options, the flags of the last 生成 with their
// statuses and filters, and what is running or how it ended, kept on the tab it belongs to and
// dropped once it is no longer true. The types the actions take and give (pane-actions.ts) are
// defined here, so that the dependency runs one way.

import type { ColumnRole, SourceDocument } from '../core/tables/raw-table';
import { NO_EDITS, type DirectoryEdits } from '../core/units/directory-edits';
import { withoutDecision } from './directory-decisions';
import { strings } from './strings';

/**
 * Reports a step in progress, in the clerk's language. A step is also where a long action may stop:
 * the pane's Progress throws an AbortError (its AbortSignal's) once the clerk has pressed 取消, so
 * every action reports its steps before it writes anything, never in the middle of a write.
 */
export type Progress = (step: string) => void;

/**
 * How an action ended: 'ok' did all it was asked, 'partial' did part of it (a file of several could
 * not be used), 'failed' did nothing (and changed nothing). An outcome with a failure is never 'ok'.
 */
export type OutcomeKind = 'ok' | 'partial' | 'failed';

/** What the clerk may do next from an outcome. */
export interface NextSteps {
  /** 查看审核问题: the 问题 tab, with this many problems. */
  problems?: number;
  /** 转到工作表: the sheet to show in Excel. */
  sheet?: string;
  /** The file handed to the browser as a download, to say where it went. */
  downloaded?: string;
}

/** One unit's line of the pane's 到期提醒 list. */
export interface DueLine {
  unit: string;
  overdue: number;
  dueSoon: number;
}

/** How an action ended; a 督办 action also gives what is overdue and due soon per unit. */
export interface PaneOutcome {
  kind: OutcomeKind;
  title: string;
  /** What happened, in counts: the short lines always shown. */
  lines: string[];
  /** What the reader noticed (ragged rows, …), that comments could not be added, which files failed. */
  warnings: string[];
  /** Shown behind 「详细信息」: the sheets written, Excel's own text of a failure (excel-errors.ts), and the like. */
  details?: string[];
  next?: NextSteps;
  due?: DueLine[];
}

export interface PaneOptions {
  /** 「列第一位的为牵头单位」 when no 牵头 is written. */
  firstListedLeads: boolean;
  importSheets: 'document' | 'table';
  unitSheets: boolean;
}

export const DEFAULT_OPTIONS: PaneOptions = { firstListedLeads: true, importSheets: 'document', unitSheets: false };

export interface PreviewTable {
  title: string;
  rows: number;
  /** `unusual`: the role is not what the label itself says (an unknown label, a label read over two columns). */
  columns: Array<{ label: string; role: ColumnRole; unusual: boolean }>;
  /** The first data rows, cell by cell, as the import sheet will show them. */
  sample: string[][];
  /** The reader's warnings about this table or one of its rows, the place named by title and 序号. */
  warnings: string[];
}

export interface PreviewDocument {
  title: string;
  source: string;
  tables: PreviewTable[];
  /** The reader's warnings about the document as a whole. */
  warnings: string[];
}

/** What the analysis found in one document of the batch: its tasks and the bureaus they name. */
export interface DocumentTally {
  tasks: number;
  units: number;
}

/** Documents read together, waiting for 生成. */
export interface Batch {
  documents: SourceDocument[];
  /** Files that could not be used, each named with the reason. */
  refused: string[];
  preview: PreviewDocument[];
}

export interface Choices {
  options: PaneOptions;
  /** Column-role corrections by columnKey(document, table, column). */
  roles: Record<string, ColumnRole>;
  /** The clerk's decisions in the 单位名录 panel. */
  edits: DirectoryEdits;
  /**
   * 年度对比: the documents of the batch (by index) marked as last year's plan. They are not imported
   * as this year's tasks; with at least one on each side, 生成 and the downloads add 「年度对比」.
   */
  lastYear: number[];
}

/** What the 单位名录 panel shows of the batch's analysis. */
export interface DirectoryReview {
  proposals: Array<{ a: string; b: string; reason: string }>;
  groups: Array<{ name: string; members: string[] }>;
  /** Bureaus of the directory that carry no task. */
  idle: string[];
}

/** Where a flag is, as the clerk finds it: the document's title, the table's, the row's 序号 and task. */
export interface FlagPlace {
  document: string;
  table: string;
  row: string;
}

export interface FlagItem {
  key: string;
  place?: FlagPlace;
  severity: 'error' | 'warning' | 'info';
  severityLabel: string;
  code: string;
  codeLabel: string;
  text: string;
  message: string;
  units: string[];
  status: string;
  /** The flagged cell in the workbook. */
  target?: { sheet: string; row: number; column: number };
}

/** A bureau a task list goes to, with how many tasks it leads and supports. */
export interface UnitLine {
  unit: string;
  lead: number;
  support: number;
}

export interface RunOutcome {
  outcome: PaneOutcome;
  flags: FlagItem[];
  /** The bureaus of the analysis, for 分发. */
  units: UnitLine[];
  /** Set when 生成 stopped before writing to ask: the last run's sheets it would replace, and those it would remove. */
  asked?: OldSheetsQuestion;
  /** The flags' 审核问题 and cells are in the open workbook (生成, 分析当前表格), not only planned or downloaded. */
  inWorkbook?: boolean;
}

export interface OldSheetsQuestion {
  replaced: string[];
  removed: string[];
}

export type Tab = 'import' | 'problems' | 'directory' | 'loop';

/** How 分发 lists the bureaus: by name or by how many tasks they carry, and narrowed by a search. */
export interface UnitListing {
  sort: 'name' | 'count';
  query: string;
}

/** What review() gives: the 单位名录 panel's analysis, the flags and units, and each document's tally (undefined for last year's). */
export interface Reviewed {
  review: DirectoryReview;
  run: Pick<RunOutcome, 'flags' | 'units'>;
  tallies: Array<DocumentTally | undefined>;
}

export interface PaneState {
  tab: Tab;
  /** The step in progress; set while something runs. */
  step?: string;
  /** The tab the running action was started from, where its outcome goes. */
  stepTab?: Tab;
  /** How the last action of each tab ended, shown on that tab only. */
  outcomes: Partial<Record<Tab, PaneOutcome>>;
  /** The files of the last pick that could not be used: true while that batch stands. */
  readNote?: PaneOutcome;
  batch?: Batch;
  choices: Choices;
  flags: FlagItem[];
  filter: { code: string; unit: string };
  units: UnitLine[];
  /** Bureaus left out of 分发 (all are sent by default). */
  unsent: string[];
  review?: DirectoryReview;
  /** 生成 stopped to ask what to do with the last run's sheets it would remove. */
  asked?: OldSheetsQuestion;
  /** Whether the flags listed are written in the open workbook: 定位 and 处理状态 need them there. */
  flagsInWorkbook: boolean;
  /** Each document's tasks and units, from the last review; by the batch's document index. */
  tallies: Array<DocumentTally | undefined>;
  listing: UnitListing;
}

export const INITIAL_STATE: PaneState = {
  tab: 'import',
  outcomes: {},
  choices: { options: DEFAULT_OPTIONS, roles: {}, edits: NO_EDITS, lastYear: [] },
  flags: [],
  flagsInWorkbook: false,
  filter: { code: '', unit: '' },
  units: [],
  unsent: [],
  tallies: [],
  listing: { sort: 'name', query: '' },
};

export type PaneEvent =
  | { type: 'tab'; tab: Tab }
  | { type: 'step'; step: string }
  | { type: 'finished'; outcome: PaneOutcome }
  | { type: 'batch'; batch: Batch }
  | { type: 'role'; key: string; role: ColumnRole }
  | { type: 'options'; options: PaneOptions }
  | { type: 'lastYear'; document: number; lastYear: boolean }
  | { type: 'generated'; run: RunOutcome }
  | { type: 'filter'; code?: string; unit?: string }
  | { type: 'flagStatus'; key: string; status: string }
  | { type: 'send'; units: string[]; send: boolean }
  | { type: 'edits'; edits: DirectoryEdits }
  /** 撤销 of one decision of the 单位名录 panel (by its place in decisionsOf), the others kept. */
  | { type: 'undo'; decision: number }
  | { type: 'listing'; sort?: UnitListing['sort']; query?: string }
  | ({ type: 'reviewed' } & Reviewed);

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'tab':
      return { ...state, tab: event.tab };
    case 'step':
      // The first step of an action starts it on the tab in view, and that tab's last outcome goes.
      if (state.step !== undefined) return { ...state, step: event.step };
      return { ...state, step: event.step, stepTab: state.tab, asked: undefined, outcomes: { ...state.outcomes, [state.tab]: undefined }, ...(state.tab === 'import' ? { readNote: undefined } : {}) };
    case 'finished':
      return ended(state, event.outcome);
    case 'batch': {
      const { documents, refused } = event.batch;
      const text = strings();
      const readNote: PaneOutcome | undefined =
        refused.length === 0
          ? undefined
          : documents.length > 0
            ? { kind: 'partial', title: text.someRefused(documents.length, refused.length), lines: refused, warnings: [] }
            : { kind: 'failed', title: text.noneUsable, lines: refused, warnings: [] };
      const read = { ...state, step: undefined, stepTab: undefined, readNote };
      if (documents.length === 0) return read;
      return { ...read, outcomes: { ...state.outcomes, import: undefined }, batch: event.batch, choices: { ...state.choices, roles: {}, edits: NO_EDITS, lastYear: [] }, review: undefined, tallies: [] };
    }
    case 'role':
      return changed(state, { ...state.choices, roles: { ...state.choices.roles, [event.key]: event.role } });
    case 'options':
      return changed(state, { ...state.choices, options: event.options });
    case 'lastYear': {
      if (!state.batch || event.document < 0 || event.document >= state.batch.documents.length) return state;
      const others = state.choices.lastYear.filter((d) => d !== event.document);
      const lastYear = event.lastYear ? [...others, event.document].sort((a, b) => a - b) : others;
      return changed(state, { ...state.choices, lastYear });
    }
    case 'generated': {
      const done = ended(state, event.run.outcome);
      if (event.run.asked) return { ...done, asked: event.run.asked };
      if (event.run.outcome.kind === 'failed') return { ...done, asked: undefined };
      return { ...done, flags: event.run.flags, flagsInWorkbook: event.run.inWorkbook === true, units: event.run.units, asked: undefined };
    }
    case 'filter':
      return { ...state, filter: { code: event.code ?? state.filter.code, unit: event.unit ?? state.filter.unit } };
    case 'send': {
      const unsent = new Set(state.unsent);
      for (const unit of event.units) {
        if (event.send) unsent.delete(unit);
        else unsent.add(unit);
      }
      return { ...state, unsent: [...unsent] };
    }
    case 'edits':
      return changed(state, { ...state.choices, edits: event.edits });
    case 'undo':
      return changed(state, { ...state.choices, edits: withoutDecision(state.choices.edits, event.decision) });
    case 'listing':
      return { ...state, listing: { sort: event.sort ?? state.listing.sort, query: event.query ?? state.listing.query } };
    case 'reviewed':
      return { ...state, review: event.review, flags: event.run.flags, flagsInWorkbook: false, units: event.run.units, tallies: event.tallies };
    case 'flagStatus':
      return { ...state, flags: state.flags.map((flag) => (flag.key === event.key ? { ...flag, status: event.status } : flag)) };
  }
}

/** An action's outcome, on the tab it was started from (or the tab in view, for one that reported no step). */
function ended(state: PaneState, outcome: PaneOutcome): PaneState {
  const tab = state.stepTab ?? state.tab;
  return { ...state, step: undefined, stepTab: undefined, outcomes: { ...state.outcomes, [tab]: outcome } };
}

/**
 * New choices: what the last 生成 or download said of the batch (its counts, 「已重新生成」) no longer
 * describes what 生成 would write, so it goes; the files that could not be read still could not.
 */
function changed(state: PaneState, choices: Choices): PaneState {
  return { ...state, choices, outcomes: { ...state.outcomes, import: undefined } };
}
