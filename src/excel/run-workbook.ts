// 生成 into the open workbook, first or again. The record kept in the workbook's settings names the
// sheets of the last run by id; their 处理状态 (审核问题), 单位名录 and 进展汇总 are read back, the plan
// is made with them, and the old sheets are replaced (replace-sheets.ts). A clerk's own sheets are
// never read, renamed, changed or deleted; a sheet of the last run that the new plan has nothing in
// place of (the import sheet of another document, a tab the clerk renamed) is never removed without
// asking: the run stops before writing and says which would go, and the clerk chooses to replace or
// to add beside them. 回收统计 and 回收问题 belong to 回收汇总 and are left. Syncs: names and record ·
// where the old values are, then the values in bands (re-run only) · the render's cells and features
// (old deleted, record written) · comments.

import { readProgress, type ProgressRow } from '../core/loop/progress';
import { readFlagStatuses, type FlagStatuses } from '../core/plan/flags-sheet';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { cellTexts } from './cell-texts';
import { blockOf, readBlocks, usedPart } from './read-rows';
import type { RenderReport, WorkbookNames } from './render-plan';
import { replaceSheets, type OldSheet } from './replace-sheets';
import { COLLECTED_ROLES, loadSetting, parseRecord, queueRecord, RECORD_KEY, type RecordedSheet, type SheetRole } from './workbook-record';

/** What the last run left that the next one keeps. */
export interface PreviousRun {
  flagStatuses: FlagStatuses;
  /** The 单位名录 sheet's rows as the clerk left them; absent on a first run. */
  directoryRows?: string[][];
  progress?: ProgressRow[];
}

export interface RunPlan {
  plan: WorkbookPlan;
  /** The role of each planned sheet, by name, for the record. */
  roles: Record<string, SheetRole>;
}

export interface RunReport extends RenderReport {
  /** Sheets of the last run replaced (0 on a first run, or when the clerk chose to add). */
  replaced: number;
}

/** What to do with the last run's sheets the new plan has nothing in place of. */
export type OldSheets = 'ask' | 'replace' | 'add';

/** A run that stopped before writing: the last run's sheets it would replace, and those it would remove. */
export interface RunQuestion {
  asked: { replaced: string[]; removed: string[] };
}

const READ_BACK: ReadonlySet<SheetRole> = new Set(['flags', 'directory', 'progress']);

export async function runIntoWorkbook(
  context: Excel.RequestContext,
  planFor: (existing: WorkbookNames, previous: PreviousRun) => RunPlan,
  oldSheets: OldSheets = 'ask',
): Promise<RunReport | RunQuestion> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const tables = context.workbook.tables.load('items/name');
  const record = loadSetting(context, RECORD_KEY);
  await context.sync();
  let syncs = 1;
  const byId = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
  const recorded = parseRecord(record.value).flatMap((entry) => {
    const name = byId.get(entry.id);
    return name === undefined ? [] : [{ ...entry, name }];
  });
  const collected = recorded.filter((sheet) => COLLECTED_ROLES.has(sheet.role));
  const last = recorded.filter((sheet) => !COLLECTED_ROLES.has(sheet.role));
  const reads = last
    .filter((sheet) => READ_BACK.has(sheet.role))
    .map((sheet) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.id);
      return { role: sheet.role, worksheet, used: usedPart(worksheet) };
    });
  if (reads.length > 0) {
    await context.sync();
    syncs++;
  }
  const blocks = reads.map((read) => ({ role: read.role, block: blockOf(read.worksheet, read.used) }));
  const present = blocks.flatMap(({ role, block }) => (block ? [{ role, block }] : []));
  const { cells, syncs: readSyncs } = await readBlocks(
    context,
    present.map(({ block }) => block),
  );
  syncs += readSyncs;
  /** The sheet's cells; [] when it has none, undefined when the last run made no such sheet. */
  const cellsOf = (role: SheetRole) => {
    const index = present.findIndex((read) => read.role === role);
    if (index >= 0) return cellTexts(cells[index]?.values ?? []);
    return blocks.some((read) => read.role === role) ? [] : undefined;
  };
  const flags = cellsOf('flags');
  const directory = cellsOf('directory');
  const progress = cellsOf('progress');
  const previous: PreviousRun = {
    flagStatuses: flags ? readFlagStatuses(flags) : {},
    ...(directory ? { directoryRows: directory } : {}),
    ...(progress ? { progress: readProgress(progress) ?? [] } : {}),
  };
  const existing = { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) };
  const planWith = (old: OldSheet[]) => {
    const gone = new Set(old.map((sheet) => sheet.name.toLowerCase()));
    return planFor({ ...existing, sheets: existing.sheets.filter((name) => !gone.has(name.toLowerCase())) }, previous);
  };
  let ours: typeof last = oldSheets === 'add' ? [] : last;
  let planned = planWith(ours);
  const removed = ours.filter((sheet) => !succeeds(planned, sheet));
  if (removed.length > 0 && oldSheets === 'ask') {
    return { asked: { replaced: ours.filter((sheet) => !removed.includes(sheet)).map((sheet) => sheet.name), removed: removed.map((sheet) => sheet.name) } };
  }
  if (oldSheets === 'add') {
    ours = [];
    planned = planWith(ours);
  }
  const report = await replaceSheets(context, ours, () => planned.plan, {
    existing,
    afterFeatures: (added) =>
      queueRecord(context, [
        ...collected.map(({ id, role }): RecordedSheet => ({ id, role })),
        ...added.map((sheet): RecordedSheet => ({ id: sheet.id, role: planned.roles[sheet.name] ?? 'other', written: sheet.name })),
      ]),
  });
  return { ...report, syncs: report.syncs + syncs, replaced: ours.length };
}

/**
 * Whether the plan has a sheet in place of one of the last run's: one of the same kind (read back,
 * 督办), or of the name it has or was written under (a tab the clerk renamed is replaced, as before).
 */
function succeeds(planned: RunPlan, sheet: RecordedSheet & { name: string }): boolean {
  if (sheet.role !== 'other' && Object.values(planned.roles).includes(sheet.role)) return true;
  const names = new Set([sheet.name, sheet.written ?? sheet.name].map((name) => name.toLowerCase()));
  return planned.plan.sheets.some((s) => names.has(s.name.toLowerCase()));
}
