// The pane's state as plain data, changed only by paneReducer: the batch of documents read and its
// preview, the clerk's column-role corrections and options, the flags of the last 生成 with their
// statuses and filters, and what is running or how it ended. The types the actions take and give
// (pane-actions.ts) are defined here, so that the dependency runs one way.

import type { ColumnRole, SourceDocument } from '../core/tables/raw-table';
import { NO_EDITS, type DirectoryEdits } from '../core/units/directory-edits';
import { strings } from './strings';

/** Reports a step in progress, in Chinese. */
export type Progress = (step: string) => void;

export interface ImportOutcome {
  ok: boolean;
  title: string;
  lines: string[];
  /** What the reader noticed (ragged rows, …), or that comments could not be added. */
  warnings: string[];
  /** Excel's own text of a failure, shown under 「详细信息」 (excel-errors.ts). */
  details?: string[];
}

/** One unit's line of the pane's 到期提醒 list. */
export interface DueLine {
  unit: string;
  overdue: number;
  dueSoon: number;
}

/** How an action ended; a 督办 action also gives what is overdue and due soon per unit. */
export interface PaneOutcome extends ImportOutcome {
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
  columns: Array<{ label: string; role: ColumnRole }>;
}

export interface PreviewDocument {
  title: string;
  source: string;
  tables: PreviewTable[];
  warnings: string[];
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

export interface FlagItem {
  key: string;
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

export interface PaneState {
  tab: Tab;
  /** The step in progress; set while something runs. */
  step?: string;
  outcome?: PaneOutcome;
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
}

export const INITIAL_STATE: PaneState = {
  tab: 'import',
  choices: { options: DEFAULT_OPTIONS, roles: {}, edits: NO_EDITS, lastYear: [] },
  flags: [],
  flagsInWorkbook: false,
  filter: { code: '', unit: '' },
  units: [],
  unsent: [],
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
  | { type: 'reviewed'; review: DirectoryReview; run: Pick<RunOutcome, 'flags' | 'units'> };

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'tab':
      return { ...state, tab: event.tab };
    case 'step':
      return { ...state, step: event.step, asked: undefined, ...(state.step === undefined ? { outcome: undefined } : {}) };
    case 'finished':
      return { ...state, step: undefined, outcome: event.outcome };
    case 'batch': {
      const refused = event.batch.refused;
      const outcome: PaneOutcome | undefined =
        refused.length > 0
          ? { ok: event.batch.documents.length > 0, title: event.batch.documents.length > 0 ? strings().outcome.someRefused : strings().outcome.noneUsable, lines: refused, warnings: [] }
          : undefined;
      if (event.batch.documents.length === 0) return { ...state, step: undefined, outcome };
      return { ...state, step: undefined, outcome, batch: event.batch, choices: { ...state.choices, roles: {}, edits: NO_EDITS, lastYear: [] }, review: undefined };
    }
    case 'role':
      return { ...state, choices: { ...state.choices, roles: { ...state.choices.roles, [event.key]: event.role } } };
    case 'options':
      return { ...state, choices: { ...state.choices, options: event.options } };
    case 'lastYear': {
      if (!state.batch || event.document < 0 || event.document >= state.batch.documents.length) return state;
      const others = state.choices.lastYear.filter((d) => d !== event.document);
      const lastYear = event.lastYear ? [...others, event.document].sort((a, b) => a - b) : others;
      return { ...state, choices: { ...state.choices, lastYear } };
    }
    case 'generated':
      if (event.run.asked) return { ...state, step: undefined, outcome: event.run.outcome, asked: event.run.asked };
      return event.run.outcome.ok
        ? { ...state, step: undefined, outcome: event.run.outcome, flags: event.run.flags, flagsInWorkbook: event.run.inWorkbook === true, units: event.run.units, asked: undefined }
        : { ...state, step: undefined, outcome: event.run.outcome, asked: undefined };
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
      return { ...state, choices: { ...state.choices, edits: event.edits } };
    case 'reviewed':
      return { ...state, review: event.review, flags: event.run.flags, flagsInWorkbook: false, units: event.run.units };
    case 'flagStatus':
      return { ...state, flags: state.flags.map((flag) => (flag.key === event.key ? { ...flag, status: event.status } : flag)) };
  }
}
