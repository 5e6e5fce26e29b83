// The actions the pane offers, in the order a clerk uses them: import, then the 督办 loop. Handlers are supplied by index.tsx
// inside Excel; components only show them. One import makes every sheet at once (说明, the tables,
// 审核问题, 单位汇总, 责任矩阵, 单位名录), so 按单位汇总 and 审核问题 say where their results are
// rather than pretend to be separate steps.

export type PaneActionId = 'import' | 'selection' | 'byUnit' | 'audit' | 'collect' | 'due';

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
  importFile?: (file: File, progress: Progress) => Promise<ImportOutcome>;
  importSelection?: (progress: Progress) => Promise<ImportOutcome>;
  collectFiles?: (files: File[], progress: Progress) => Promise<PaneOutcome>;
  remindDue?: (progress: Progress) => Promise<PaneOutcome>;
}

export interface PaneActionInfo {
  id: PaneActionId;
  /** 'file' opens a file picker, 'files' one that takes several (or a drop), 'run' is a button, 'included' is made by every import. */
  kind: 'file' | 'files' | 'run' | 'included';
  label: string;
  labelEn: string;
  summary: string;
  summaryEn: string;
}

/** What the file pickers offer; the format is still read from the bytes. */
export const ACCEPTED_FILES: Record<'file' | 'files', string> = { file: '.txt,.docx,.htm,.html', files: '.xlsx' };

export const PANE_ACTIONS: readonly PaneActionInfo[] = [
  {
    id: 'import',
    kind: 'file',
    label: '导入附件表格',
    labelEn: 'Import appendix tables',
    summary: '选择工作方案文件（.docx、网页 .htm/.html 或 Word 导出的 .txt），把其中的分工表写入新工作表，并生成下列汇总与审核表。',
    summaryEn: 'Pick a work-plan file (.docx, .htm/.html or a Word text export): its tables go into new sheets, with the sheets below.',
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
    id: 'byUnit',
    kind: 'included',
    label: '按单位汇总',
    labelEn: 'Tasks by unit',
    summary: '每次导入都会生成「单位汇总」和「责任矩阵」：拆分责任单位，列出每个单位牵头和配合的任务。',
    summaryEn: 'Every import makes 单位汇总 and 责任矩阵: the tasks each unit leads and supports.',
  },
  {
    id: 'audit',
    kind: 'included',
    label: '审核问题',
    labelEn: 'Audit problems',
    summary: '每次导入都会生成「审核问题」：空白、重复、「……等」「有关部门」等含糊写法，以及同一单位的不同写法，单元格按严重程度着色。',
    summaryEn: 'Every import makes 审核问题: blank, repeated and vague entries and one bureau written two ways, coloured by severity.',
  },
  {
    id: 'collect',
    kind: 'files',
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
