// The actions the pane offers, in the order a clerk uses them: import (preview, then 生成), then the
// 督办 loop. Handlers are supplied by index.tsx inside Excel; components only show them.

import type { Batch, Choices, FlagItem, PaneOptions, PaneOutcome, Progress, Reviewed, RunOutcome } from './pane-state';

export type PaneActionId = 'import' | 'selection' | 'inPlace' | 'collect' | 'due';

export interface PaneActions {
  readFiles?: (files: File[], progress: Progress) => Promise<Batch>;
  /** 转到工作表: the sheet shown in Excel. */
  showSheet?: (sheet: string) => Promise<void>;
  /** The batch analysed as set up, writing nothing: for the 单位名录, 问题 and 分发 panels before 生成. */
  review?: (batch: Batch, choices: Choices) => Promise<Reviewed>;
  /** 生成; without `oldSheets` it stops to ask before removing a sheet of the last run (RunOutcome.asked). */
  generate?: (batch: Batch, choices: Choices, progress: Progress, oldSheets?: 'replace' | 'add') => Promise<RunOutcome>;
  selectFlag?: (target: NonNullable<FlagItem['target']>) => Promise<void>;
  setFlagStatus?: (key: string, status: string) => Promise<boolean>;
  loadOptions?: () => Promise<unknown>;
  saveOptions?: (options: PaneOptions) => Promise<void>;
  readSelection?: (progress: Progress) => Promise<Batch>;
  /** 分析当前表格: the table under the cursor analysed and marked where it stands. */
  analyseInPlace?: (choices: Choices, progress: Progress) => Promise<RunOutcome>;
  /** 清除标记: what 分析当前表格 added, taken away. */
  clearMarks?: (progress: Progress) => Promise<PaneOutcome>;
  /** The combined workbook, or every bureau's task list in a .zip, as a download (also outside Excel). */
  download?: (batch: Batch, choices: Choices, kind: 'workbook' | 'bureaus', progress: Progress, units?: readonly string[]) => Promise<RunOutcome>;
  collectFiles?: (files: File[], progress: Progress) => Promise<PaneOutcome>;
  remindDue?: (progress: Progress) => Promise<PaneOutcome>;
  /** 到期提醒 outside Excel: the combined workbook picked, the result downloaded. */
  dueFiles?: (files: File[], progress: Progress) => Promise<PaneOutcome>;
}

export interface PaneActionInfo {
  id: PaneActionId;
  /** 'files' opens a picker of several files (or takes a drop), 'run' is a button. Labels are in strings.ts. */
  kind: 'files' | 'run';
  /**
   * What a 'files' picker offers; the format is still read from the bytes. 导入 offers the formats
   * it cannot read too (.doc, .wps, .pdf, .xlsx…), so that the clerk who picks one is told what to do.
   */
  accept?: string;
  /** The first step on the first screen, shown as the one primary button. */
  primary?: boolean;
  /** A 'files' picker of one file. */
  single?: boolean;
}

export const PANE_ACTIONS: readonly PaneActionInfo[] = [
  { id: 'import', kind: 'files', accept: '.docx,.htm,.html,.txt,.doc,.wps,.rtf,.pdf,.xlsx,.xls,.et', primary: true },
  { id: 'selection', kind: 'run' },
  { id: 'inPlace', kind: 'run' },
  { id: 'collect', kind: 'files', accept: '.xlsx' },
  { id: 'due', kind: 'run' },
];

/** 到期提醒 outside Excel, where there is no open workbook: the combined workbook is picked. */
export const DUE_FROM_FILE: PaneActionInfo = { id: 'due', kind: 'files', accept: '.xlsx', single: true };
