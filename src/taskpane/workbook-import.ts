// What 从选区导入 does, from the cells the clerk selected to new sheets:
// read → analyse → plan (with the open workbook's names) → render. Nothing in the workbook is
// touched until reading and analysis have succeeded. Excel comes in as `WorkbookAccess`, so this
// runs in tests against the fake workbook. Loaded on first use, to keep the pane's first load small.

import { analyse } from '../core/analyse';
import { planWorkbook } from '../core/plan/workbook';
import { localDay } from '../core/deadlines/calendar';
import type { Result } from '../core/result';
import { nothingReadMessage, yieldsTasks } from '../core/tables/nothing-read';
import { documentFromGrid } from '../core/tables/range-table';
import type { SourceDocument } from '../core/tables/raw-table';
import { directoryToRows } from '../core/units/directory-rows';
import type { RenderReport, WorkbookNames } from '../excel/render-plan';
import type { SelectedCells } from '../excel/selection';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import type { ImportOutcome, Progress } from './pane-actions';

export interface WorkbookAccess {
  render(planFor: (existing: WorkbookNames) => WorkbookPlan): Promise<RenderReport>;
  readSelection(): Promise<SelectedCells | undefined>;
}

export async function importSelection(access: WorkbookAccess, progress: Progress): Promise<ImportOutcome> {
  progress('正在读取选区…');
  const cells = await access.readSelection();
  if (!cells) return failed('选区是空的', ['请先选中工作表中的分工表（包括表头行），再点击「从选区导入」。']);
  const read = documentFromGrid({ source: cells.address, firstRow: cells.firstRow, values: cells.values });
  return importDocument(read, access, progress, `无法从选区 ${cells.address} 导入`);
}

async function importDocument(read: Result<SourceDocument>, access: WorkbookAccess, progress: Progress, readFailed: string): Promise<ImportOutcome> {
  if (!read.ok) return failed(readFailed, [read.error.message], read.warnings.map((w) => w.message));
  const document = read.value;
  if (!yieldsTasks(document)) return failed(`${readFailed}：没有读到任务`, [nothingReadMessage(document)], document.warnings.map((w) => w.message));
  progress('正在拆分责任单位并审核…');
  const analysis = analyse([document]);
  progress('正在写入工作簿…');
  let report: RenderReport;
  try {
    report = await access.render((existing) =>
      planWorkbook(analysis, {
        existingSheetNames: existing.sheets,
        existingTableNames: existing.tables,
        directoryRows: directoryToRows(analysis.directory),
        on: localDay(new Date()),
      }),
    );
  } catch (error) {
    return failed('写入工作簿失败', [error instanceof Error ? error.message : String(error)]);
  }
  const sheets = report.plan.sheets.map((s) => s.name);
  const warnings = document.warnings.map((w) => w.message);
  if (report.commentsRefused) {
    warnings.push(`Excel 未能添加批注（${report.commentsRefused}）：问题说明见「审核问题」工作表，单元格颜色照常。`);
  }
  return {
    ok: true,
    title: '导入完成 · Imported',
    lines: [
      `读取 ${document.tables.length} 张表、${analysis.tasks.length} 项任务，拆分出 ${analysis.byUnit.length} 个单位。`,
      `发现 ${analysis.flags.length} 个审核问题。`,
      `新增 ${sheets.length} 个工作表：${sheets.map((s) => `「${s}」`).join('')}`,
    ],
    warnings,
  };
}

function failed(title: string, lines: string[], warnings: string[] = []): ImportOutcome {
  return { ok: false, title, lines, warnings };
}
