// The largest document `build` takes. The writer turns each sheet into XML text without a cell
// object per cell, but the plan it writes from holds every cell of every sheet; the 责任矩阵 alone
// has tasks × units cells. Measured on a 2-core machine (see README): 20,000 tasks × 61 units builds
// with a peak of about 0.6 GB (2.1 GB when ExcelJS held a cell object per cell); far above the
// ceiling, node would stop with "heap out of memory" (exit 134) and no reason a clerk could read.
// So a larger analysis is refused before any workbook is planned.

import type { Analysis } from '../core/analysis';

export interface BuildLimits {
  /** Tasks in all documents together. */
  maxTasks: number;
  /** Cells of the 责任矩阵: tasks × units. */
  maxMatrixCells: number;
}

export const BUILD_LIMITS: BuildLimits = { maxTasks: 30_000, maxMatrixCells: 2_000_000 };

/** Why this analysis is too large to build, zh-CN first; undefined when it is within the limits. */
export function tooLargeToBuild(analysis: Analysis, limits: BuildLimits = BUILD_LIMITS): string | undefined {
  const tasks = analysis.tasks.length;
  const units = analysis.matrix.units.length;
  const cells = tasks * units;
  if (tasks <= limits.maxTasks && cells <= limits.maxMatrixCells) return undefined;
  return (
    `文件太大，未生成工作簿：共 ${tasks} 项任务、${units} 个单位（责任矩阵 ${cells} 格）；` +
    `上限为 ${limits.maxTasks} 项任务、责任矩阵 ${limits.maxMatrixCells} 格。请把文件分成几份分别生成。` +
    ` / too large to build, nothing written: ${tasks} tasks × ${units} units (${cells} matrix cells);` +
    ` the limit is ${limits.maxTasks} tasks and ${limits.maxMatrixCells} matrix cells. Split the document and build each part.`
  );
}
