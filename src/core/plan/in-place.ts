// 分析当前表格: a table the clerk already has in the workbook, analysed where it stands. Each flagged
// cell of it gets a mark (a fill by its worst severity and a note saying why), and two sheets go
// beside it: 审核问题, whose 位置 links lead to the clerk's own cells, and 单位汇总. The clerk's
// cells are never in the plan; the renderer records what each mark covered so it can be undone.

import type { Analysis } from '../analysis';
import type { Flag, Severity } from '../audit/flag';
import { flagsSheet, type FlagLocator, type FlagStatuses } from './flags-sheet';
import { flagNote, worstSeverity } from './import-sheet';
import { fitRowHeights } from './row-heights';
import { SheetNames } from './sheet-name';
import { STYLES } from './styles';
import { TableNames } from './table-names';
import { unitSummarySheet } from './unit-summary-sheet';
import type { CellAddress, WorkbookPlan } from './workbook-plan';

/** Where the analysed grid sits: its sheet, and the 0-based column of its first cell. Rows come from the table's own positions. */
export interface GridOrigin {
  sheet: string;
  left: number;
}

/** One flagged cell of the clerk's table: 0-based on its sheet, with the fill (RGB hex) and the note to put on it. */
export interface CellMark extends CellAddress {
  severity: Severity;
  fill: string;
  note: string;
}

export interface InPlaceOptions {
  existingSheetNames?: string[];
  existingTableNames?: string[];
  /** 处理状态 the clerk set on the last in-place analysis, by 问题键. */
  flagStatuses?: FlagStatuses;
}

export interface InPlacePlan {
  marks: CellMark[];
  plan: WorkbookPlan;
  /** The name of the planned 审核问题 sheet, read back for its 处理状态 next time. */
  flagsSheet: string;
}

/** The clerk's cell a flag is about: its table row's worksheet line, its column counted from the grid's first. */
export function clerkCell(analysis: Analysis, flag: Flag, origin: GridOrigin): ReturnType<FlagLocator> {
  const row = analysis.documents[flag.document]?.tables[flag.table]?.rows[flag.row];
  if (row?.position.kind !== 'line') return undefined;
  return { sheet: origin.sheet, target: { row: row.position.line - 1, column: origin.left + flag.column } };
}

/** One mark per flagged cell; several flags on a cell share it, coloured by the worst. */
export function cellMarks(analysis: Analysis, origin: GridOrigin): CellMark[] {
  const byCell = new Map<string, { at: CellAddress; flags: Flag[] }>();
  for (const flag of analysis.flags) {
    const at = clerkCell(analysis, flag, origin)?.target;
    if (!at) continue;
    const key = `${at.row}/${at.column}`;
    const entry = byCell.get(key) ?? { at, flags: [] };
    entry.flags.push(flag);
    byCell.set(key, entry);
  }
  return [...byCell.values()]
    .sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column)
    .map(({ at, flags }) => {
      const severity = worstSeverity(flags);
      return { ...at, severity, fill: STYLES[severity].fill ?? 'FFFFFF', note: flagNote(flags) };
    });
}

export function planInPlace(analysis: Analysis, origin: GridOrigin, options: InPlaceOptions = {}): InPlacePlan {
  const names = new SheetNames(options.existingSheetNames ?? []);
  const tables = new TableNames(options.existingTableNames ?? []);
  const flags = names.claim(`审核问题-${origin.sheet}`);
  const summary = names.claim(`单位汇总-${origin.sheet}`);
  const drafts = [
    flagsSheet(flags, tables.claim('Flags'), analysis, (flag) => clerkCell(analysis, flag, origin), options.flagStatuses),
    unitSummarySheet(summary, analysis),
  ];
  return {
    marks: cellMarks(analysis, origin),
    plan: { sheets: drafts.map((draft) => fitRowHeights(draft, STYLES)), styles: STYLES },
    flagsSheet: flags,
  };
}
