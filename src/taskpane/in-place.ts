// 分析当前表格 and 清除标记, between the pane and the workbook: the table under the cursor (or the
// selection) read, analysed with the clerk's options, and marked where it stands; or the marks
// taken away again. Loaded on first use, with the core.

import type { FlagStatuses } from '../core/plan/flags-sheet';
import { planInPlace, type InPlacePlan } from '../core/plan/in-place';
import type { ClearReport } from '../excel/clear-marks';
import type { MarkReport } from '../excel/mark-cells';
import type { WorkbookNames } from '../excel/render-plan';
import type { SelectedCells } from '../excel/selection';
import type { Choices, PaneOutcome, Progress, RunOutcome } from './pane-state';
import { analyseBatch, flagItems, selectionBatch, unitLines } from './workspace';

export interface InPlaceAccess {
  readSelection(): Promise<SelectedCells | undefined>;
  mark(sheetId: string, planFor: (existing: WorkbookNames, statuses: FlagStatuses) => InPlacePlan): Promise<MarkReport>;
  clear(): Promise<ClearReport | undefined>;
}

export async function analyseInPlace(choices: Choices, access: InPlaceAccess, progress: Progress): Promise<RunOutcome> {
  progress('正在读取当前表格…');
  const cells = await access.readSelection();
  const batch = selectionBatch(cells);
  if (!cells || batch.documents.length === 0) return failed('无法分析当前表格', batch.refused);
  if (cells.sheetProtected) return failed('无法分析当前表格', [`工作表「${cells.sheet}」受保护，无法标出问题单元格：请先撤销工作表保护。`]);
  progress('正在审核并标出问题单元格…');
  const analysis = analyseBatch(batch, choices);
  let report: MarkReport;
  try {
    report = await access.mark(cells.sheetId, (existing, statuses) =>
      planInPlace(analysis, { sheet: cells.sheet, left: cells.left }, { existingSheetNames: existing.sheets, existingTableNames: existing.tables, flagStatuses: statuses }),
    );
  } catch (error) {
    return failed('标出问题失败', [error instanceof Error ? error.message : String(error), '原表的值未改动；若已添加了颜色，可用「清除标记」去掉。']);
  }
  const [flagsSheet, summarySheet] = report.plan.plan.sheets.map((sheet) => sheet.name);
  const warnings = batch.documents.flatMap((d) => d.warnings.map((w) => w.message));
  if (report.unreadable > 0) warnings.push(`${report.unreadable} 个问题单元格的底色无法读取（如渐变填充），为能原样恢复未着色，问题见「${flagsSheet}」。`);
  if (report.commented > 0) warnings.push(`${report.commented} 个问题单元格已有批注，未再添加，问题说明见「${flagsSheet}」。`);
  if (report.commentsRefused) warnings.push(`Excel 未能添加批注（${report.commentsRefused}）：问题说明见「${flagsSheet}」，单元格颜色照常。`);
  return {
    outcome: {
      ok: true,
      title: '已分析当前表格 · Analysed in place',
      lines: [
        `${cells.address}：${analysis.tasks.length} 项任务，拆分出 ${analysis.byUnit.length} 个单位；发现 ${analysis.flags.length} 个审核问题，在原表标出 ${report.marked} 个单元格（${report.notes} 条批注）。`,
        `问题清单写在「${flagsSheet}」，单位汇总写在「${summarySheet}」；原表的值未作任何改动，「清除标记」可去掉本次添加的颜色、批注和工作表。`,
      ],
      warnings,
    },
    flags: flagItems(analysis, report.plan.plan),
    units: unitLines(analysis),
  };
}

export async function clearInPlace(access: InPlaceAccess, progress: Progress): Promise<PaneOutcome> {
  progress('正在清除标记…');
  let report: ClearReport | undefined;
  try {
    report = await access.clear();
  } catch (error) {
    return { ok: false, title: '清除标记失败', lines: [error instanceof Error ? error.message : String(error)], warnings: [] };
  }
  if (!report) return { ok: true, title: '没有需要清除的标记', lines: ['本工作簿中没有「分析当前表格」添加的颜色、批注或工作表。'], warnings: [] };
  return {
    ok: true,
    title: '已清除标记 · Marks cleared',
    lines: [`已恢复 ${report.restored} 个单元格的原有底色，删除 ${report.comments} 条批注和 ${report.sheets} 个工作表。`],
    warnings: report.kept > 0 ? [`${report.kept} 个单元格的颜色在标记后被改过，已保留现状。`] : [],
  };
}

function failed(title: string, lines: string[]): RunOutcome {
  return { outcome: { ok: false, title, lines, warnings: [] }, flags: [], units: [] };
}
