// The actions the pane offers, in the order a clerk uses them: import (preview, then 生成), then the
// 督办 loop. Handlers are supplied by index.tsx inside Excel; components only show them.

import type { Batch, Choices, DirectoryReview, FlagItem, PaneOptions, RunOutcome } from './pane-state';

export type PaneActionId = 'import' | 'selection' | 'collect' | 'due';

/** Reports a step in progress, in Chinese. */
export type Progress = (step: string) => void;

export interface ImportOutcome {
  ok: boolean;
  title: string;
  lines: string[];
  /** What the reader noticed (ragged rows, …), or that comments could not be added. */
  warnings: string[];
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

export interface PaneActions {
  readFiles?: (files: File[], progress: Progress) => Promise<Batch>;
  /** The batch analysed as set up, writing nothing: for the 单位名录, 问题 and 分发 panels before 生成. */
  review?: (batch: Batch, choices: Choices) => Promise<{ review: DirectoryReview; run: Pick<RunOutcome, 'flags' | 'units'> }>;
  generate?: (batch: Batch, choices: Choices, progress: Progress) => Promise<RunOutcome>;
  selectFlag?: (target: NonNullable<FlagItem['target']>) => Promise<void>;
  setFlagStatus?: (key: string, status: string) => Promise<boolean>;
  loadOptions?: () => Promise<unknown>;
  saveOptions?: (options: PaneOptions) => Promise<void>;
  readSelection?: (progress: Progress) => Promise<Batch>;
  /** The combined workbook, or every bureau's task list in a .zip, as a download (also outside Excel). */
  download?: (batch: Batch, choices: Choices, kind: 'workbook' | 'bureaus', progress: Progress, units?: readonly string[]) => Promise<RunOutcome>;
  collectFiles?: (files: File[], progress: Progress) => Promise<PaneOutcome>;
  remindDue?: (progress: Progress) => Promise<PaneOutcome>;
}

export interface PaneActionInfo {
  id: PaneActionId;
  /** 'files' opens a picker of several files (or takes a drop), 'run' is a button. */
  kind: 'files' | 'run';
  /** What a 'files' picker offers; the format is still read from the bytes. */
  accept?: string;
  label: string;
  labelEn: string;
  summary: string;
  summaryEn: string;
}

export const PANE_ACTIONS: readonly PaneActionInfo[] = [
  {
    id: 'import',
    kind: 'files',
    accept: '.txt,.docx,.htm,.html',
    label: '导入附件表格',
    labelEn: 'Import appendix tables',
    summary: '选择或拖入工作方案文件（.docx、网页 .htm/.html 或 Word 导出的 .txt，可多选）：先预览读到的表格，再生成工作表。',
    summaryEn: 'Pick or drop work-plan files (.docx, .htm/.html or Word text exports, several at once): preview the tables, then generate.',
  },
  {
    id: 'selection',
    kind: 'run',
    label: '从选区导入',
    labelEn: 'Import the selection',
    summary: '分工表已粘贴在工作表中时，选中它（包括表头行）再点击，同样生成汇总与审核表。',
    summaryEn: 'For a table already pasted into a sheet: select it, header row included, and import it the same way.',
  },
  {
    id: 'collect',
    kind: 'files',
    accept: '.xlsx',
    label: '回收汇总',
    labelEn: 'Collect the returns',
    summary: '选择或拖入各单位报回的任务清单（.xlsx，可多选、可改过文件名）：按任务键汇总到「进展汇总」，并更新「回收统计」「回收问题」「到期提醒」。',
    summaryEn: 'Pick or drop the task lists the bureaus sent back (.xlsx, several at once, renamed or not): they are matched by task key into 进展汇总.',
  },
  {
    id: 'due',
    kind: 'run',
    label: '到期提醒',
    labelEn: 'Due and overdue',
    summary: '按今天的日期列出各单位已逾期未完成和 15 天内到期的任务（已报「已完成」的不列），并更新「到期提醒」工作表。',
    summaryEn: 'What each bureau has overdue or due within 15 days as of today (not what it reported done); 到期提醒 is redone.',
  },
];
