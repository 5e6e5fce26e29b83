// Everything `build` and `demo` write for one analysis: the combined workbook and, when asked,
// one workbook per bureau, as bytes with their file names. Files are the caller's business.

import type { Analysis } from '../core/analysis';
import { planBureauWorkbooks } from '../core/plan/bureau-workbooks';
import { planWorkbook, type WorkbookOptions } from '../core/plan/workbook';
import { directoryToRows } from '../core/units/directory-rows';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { renderXlsx } from './render-xlsx';

export interface RenderedFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface RenderedWorkbooks {
  combined: Uint8Array;
  sheetNames: string[];
  /** The combined workbook's plan, for callers that show what is in it (the pane's 问题 panel). */
  plan: WorkbookPlan;
  bureaus: RenderedFile[];
}

export async function renderAnalysis(
  analysis: Analysis,
  /** `units`: only these bureaus' workbooks (分发 of a chosen few); file names stay those of the full set. */
  options: Omit<WorkbookOptions, 'directoryRows'> & { perUnit: boolean; units?: readonly string[] },
): Promise<RenderedWorkbooks> {
  const plan = planWorkbook(analysis, { ...options, directoryRows: directoryToRows(analysis.directory) });
  const bureaus = options.perUnit ? await renderBureaus(analysis, options.units) : [];
  return { combined: await renderXlsx(plan), sheetNames: plan.sheets.map((s) => s.name), plan, bureaus };
}

/** One workbook per bureau (only `units`, when given), without the combined one: 分发's .zip. */
export async function renderBureaus(analysis: Analysis, units?: readonly string[]): Promise<RenderedFile[]> {
  const bureaus: RenderedFile[] = [];
  for (const bureau of planBureauWorkbooks(analysis).filter((b) => !units || units.includes(b.unit))) {
    bureaus.push({ fileName: bureau.fileName, bytes: await renderXlsx(bureau.plan) });
  }
  return bureaus;
}
