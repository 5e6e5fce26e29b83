// The combined workbook: 说明, one import sheet per document (or per table), 审核问题, 单位汇总,
// 责任矩阵, 单位名录, the 督办 ledger 进展汇总 (and 到期提醒 for a report day) and, when asked, one
// 「任务-单位」 sheet per bureau. Every name is claimed before any sheet is built, since the sheets
// link to each other by name.

import type { Analysis } from '../analysis';
import type { Task } from '../tasks/task';
import { directorySheet } from './directory-sheet';
import { flagsSheet, type FlagLocator, type FlagStatuses } from './flags-sheet';
import { flagColumn, importSheet } from './import-sheet';
import { matrixSheet } from './matrix-sheet';
import { placementOf, type Placements } from './placement';
import { readmeSheet, type SheetGuide } from './readme-sheet';
import { documentSheetName, SheetNames } from './sheet-name';
import { documentName, tableName } from '../source-labels';
import { STYLES } from './styles';
import { TableNames } from './table-names';
import { flagsByTask, taskKey } from './task-key';
import { ledger } from '../loop/assignments';
import { carryAnswers, emptyProgress, type ProgressRow } from '../loop/progress';
import { loopSheets, type LoopSheet } from './loop-sheets';
import { unitSummarySheet } from './unit-summary-sheet';
import { unitTasksSheet } from './unit-tasks-sheet';
import { fitRowHeights } from './row-heights';
import type { SheetDraft, WorkbookPlan } from './workbook-plan';
import type { Comparison } from '../compare/comparison';
import { comparisonSheet, comparisonUnitsSheet } from './comparison-sheets';

export interface WorkbookOptions {
  /** Sheets already in the workbook (the add-in passes the open workbook's): never reused. */
  existingSheetNames?: string[];
  /** Excel tables already in the workbook: never reused. */
  existingTableNames?: string[];
  /** One import sheet per document (default) or per table. */
  importSheets?: 'document' | 'table';
  /** Add one 「任务-单位」 sheet per bureau. */
  unitSheets?: boolean;
  /** The directory as rows, header first (directoryToRows), for the 「单位名录」 sheet. */
  directoryRows: string[][];
  /** The report day (ISO) for 到期提醒 and the 逾期 marks; the caller's today. Without it, no 到期提醒. */
  on?: string;
  /** 到期提醒 lists what falls due within this many days (default 15). */
  within?: number;
  /** On a re-run: the clerk's 处理状态 by 问题键, kept on the flags that are still there. */
  flagStatuses?: FlagStatuses;
  /** On a re-run: the ledger as it was, whose answers are kept for the tasks still there. */
  previousProgress?: ProgressRow[];
  /** 年度对比: last year's plan against this one (the analysis), for the 「年度对比」 sheets. */
  comparison?: Comparison;
}

const LOOP_GUIDE: Record<LoopSheet['role'], string> = {
  progress: '进展汇总：每项任务×每个责任单位一行；各单位报回任务清单后，用「回收汇总」（CLI：collect）填入完成状态、落实情况和来源文件。',
  units: '回收统计：每个单位已填报、未填报、各完成状态和逾期未完成的任务数，以及它报回的文件。',
  problems: '回收问题：无法读取或对不上的文件、未报送的单位、未填写或被改动的任务，点击「位置」跳到对应行。',
  due: '到期提醒：截至报告之日，已逾期未完成和即将到期的任务，按单位列出，牵头在前。',
};

interface ImportPart {
  wanted: string;
  tasks: Task[];
}

/** The sheets a re-run reads back before replacing them. */
export type ReadBackRole = 'flags' | 'directory' | 'progress';

/** What a planned sheet is, for the record kept in the workbook: read back, or one of the 督办 sheets. */
export type PlannedRole = ReadBackRole | LoopSheet['role'];

export function planWorkbook(analysis: Analysis, options: WorkbookOptions): WorkbookPlan {
  return planWorkbookRun(analysis, options).plan;
}

/** The plan, and which of its sheets a later re-run must read back or 回收汇总 must find (by name). */
export function planWorkbookRun(analysis: Analysis, options: WorkbookOptions): { plan: WorkbookPlan; roles: Record<string, PlannedRole> } {
  const names = new SheetNames(options.existingSheetNames ?? []);
  const tables = new TableNames(options.existingTableNames ?? []);
  const readme = names.claim('说明');
  const parts = importParts(analysis, options.importSheets ?? 'document').map((part) => ({ ...part, name: names.claim(part.wanted) }));
  const flags = names.claim('审核问题');
  const summary = names.claim('单位汇总');
  const matrix = names.claim('责任矩阵');
  const directory = names.claim('单位名录');
  const rows = carryAnswers(emptyProgress(ledger(analysis)), options.previousProgress ?? []);
  const loop = loopSheets(names, tables, { rows, on: options.on, within: options.within });
  const bureaus = options.unitSheets ? analysis.byUnit.filter((u) => u.kind === 'bureau') : [];
  const unitSheets = bureaus.map((unit) => ({ unit, name: names.claim(`任务-${unit.canonical}`) }));
  const yearly = options.comparison && { comparison: options.comparison, name: names.claim('年度对比'), units: names.claim('年度对比-单位') };

  const placements: Placements = new Map();
  for (const part of parts) part.tasks.forEach((task, i) => placements.set(taskKey(task), { sheet: part.name, row: i + 1 }));

  const flagsOf = flagsByTask(analysis.flags);
  const guide: SheetGuide[] = [
    ...parts.map((p) => ({ sheet: p.name, about: '导入的分工表：每行一项任务，任务名称已向下填充，责任单位拆分为牵头与配合；有问题的单元格按严重程度着色，批注说明原因。' })),
    { sheet: flags, about: '审核问题：每行一个问题，点击「位置」跳到对应单元格，在「处理状态」中选择 待处理/已确认/忽略。' },
    { sheet: summary, about: '单位汇总：每个单位牵头、配合、经由统称承担的任务数，按负担排序；统称与泛指另列。' },
    { sheet: matrix, about: '责任矩阵：任务为行、单位为列，「牵」为牵头，「配」为配合，「组」为经由统称。' },
    { sheet: directory, about: '单位名录：单位名称、别名（用、分隔）、类型与成员；修改后可作为 --directory 再次生成。' },
    ...loop.map(({ role, draft }) => ({ sheet: draft.name, about: LOOP_GUIDE[role] })),
    ...(yearly
      ? [
          { sheet: yearly.name, about: '年度对比：与上一年的计划相比新增、删去和有变化的任务，两年的内容、增减的单位和牵头单位并列，按内容对应任务。' },
          { sheet: yearly.units, about: '年度对比-单位：每个单位今年新增承担、不再承担和有变化的任务数。' },
        ]
      : []),
  ];
  const drafts: SheetDraft[] = [
    readmeSheet(readme, analysis, guide),
    ...parts.map((part, i) => importSheet(part.name, tables.claim(`Import_${i + 1}`), part.tasks, analysis, flagsOf)),
    flagsSheet(flags, tables.claim('Flags'), analysis, onImportSheet(analysis, placements), options.flagStatuses),
    unitSummarySheet(summary, analysis),
    matrixSheet(matrix, analysis, placements),
    directorySheet(directory, tables.claim('Directory'), options.directoryRows),
    ...loop.map(({ draft }) => draft),
    ...unitSheets.map(({ unit, name }) => unitTasksSheet(name, unit, analysis)),
    ...(yearly
      ? [
          comparisonSheet(yearly.name, tables.claim('Comparison'), yearly.comparison, (task) => placementOf(placements, task)),
          comparisonUnitsSheet(yearly.units, tables.claim('ComparisonUnits'), yearly.comparison),
        ]
      : []),
  ];
  const roles: Record<string, PlannedRole> = { [flags]: 'flags', [directory]: 'directory' };
  for (const { role, draft } of loop) roles[draft.name] = role;
  return { plan: { sheets: drafts.map((draft) => fitRowHeights(draft, STYLES)), styles: STYLES }, roles };
}

/** A flag's cell on the import sheet its task landed on. */
function onImportSheet(analysis: Analysis, placements: Placements): FlagLocator {
  return (flag) => {
    const placed = placementOf(placements, flag);
    return placed && { sheet: placed.sheet, target: { row: placed.row, column: flagColumn(analysis, flag) } };
  };
}

/** Tasks grouped by document or by table, in document order; a document or table without tasks gets no sheet. */
function importParts(analysis: Analysis, by: 'document' | 'table'): ImportPart[] {
  const parts = new Map<string, ImportPart>();
  for (const task of analysis.tasks) {
    const key = by === 'document' ? `${task.document}` : `${task.document}/${task.table}`;
    const wanted = by === 'document' ? documentSheetName(documentName(analysis, task.document)) : tableName(analysis, task.document, task.table);
    const part = parts.get(key) ?? { wanted, tasks: [] };
    part.tasks.push(task);
    parts.set(key, part);
  }
  return [...parts.values()];
}
