// The 督办 sheets of the open workbook: find them, read the ledger, and swap in new ones
// (replace-sheets.ts: the old are never lost). They are found by the record 生成 and 回收汇总 keep in
// the workbook's settings (workbook-record.ts), by id, so a tab the clerk renamed is still found and a
// copy the clerk made of the ledger is never taken for it. A kind the record does not name (a workbook
// made by the CLI, or by an older version) is found by its look: the ledger by its columns, the others
// by name and first cell.

import { loopSheetRole, type LoopSheet } from '../core/plan/loop-sheets';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { cellTexts } from './cell-texts';
import { blockOf, readBlocks, usedPart } from './read-rows';
import type { RenderReport, WorkbookNames } from './render-plan';
import { replaceSheets, type OldSheet } from './replace-sheets';
import { loadSetting, parseRecord, queueRecord, RECORD_KEY, type RecordedSheet } from './workbook-record';

/** Enough of each sheet to tell a 督办 sheet: its title or its header row is within these. */
const HEAD_ROWS = 10;
const HEAD_COLUMNS = 20;

const LOOP_ROLES: ReadonlySet<string> = new Set<LoopSheet['role']>(['progress', 'units', 'problems', 'due']);

/** The 督办 sheets planned, and what each is, by name (planLoopSheetsRun). */
export interface LoopPlan {
  plan: WorkbookPlan;
  roles: Record<string, LoopSheet['role']>;
}

export interface LoopSheets {
  /** The 督办 sheets found, with what each is. */
  found: Array<OldSheet & { role: LoopSheet['role'] }>;
  /** The ledger (进展汇总), when the workbook has one. */
  ledger?: ProgressRow[];
}

export async function readLoopSheets(context: Excel.RequestContext): Promise<LoopSheets> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const record = loadSetting(context, RECORD_KEY);
  await context.sync();
  const names = new Map(sheets.items.map((sheet) => [sheet.id, sheet.name]));
  const recorded = parseRecord(record.value).flatMap(({ id, role }) => {
    const name = names.get(id);
    return name !== undefined && LOOP_ROLES.has(role) ? [{ id, name, role: role as LoopSheet['role'] }] : [];
  });
  const known = new Set(recorded.map((sheet) => sheet.role));
  // The head of each sheet the record does not name, and where every sheet's used cells are: the
  // ledger's are then read in bands without another sync.
  const heads = sheets.items.map((sheet) => ({
    sheet,
    name: sheet.name,
    id: sheet.id,
    range: recorded.some((r) => r.id === sheet.id) ? undefined : sheet.getRangeByIndexes(0, 0, HEAD_ROWS, HEAD_COLUMNS).load('values'),
    used: usedPart(sheet),
  }));
  await context.sync();
  const looked = heads.flatMap(({ name, id, range }) => {
    if (!range) return [];
    const role = loopSheetRole(name, cellTexts(range.values));
    return role && !known.has(role) ? [{ name, id, role }] : [];
  });
  const found = [...recorded, ...looked];
  const ledgerSheet = heads.find(({ id }) => id === found.find(({ role }) => role === 'progress')?.id);
  if (!ledgerSheet) return { found };
  // With its number formats: a 完成日期 the clerk typed into the ledger as a date reads as that date.
  const block = blockOf(ledgerSheet.sheet, ledgerSheet.used, true);
  const { cells } = await readBlocks(context, block ? [block] : []);
  return { found, ledger: readProgress(cellTexts(cells[0]?.values ?? [], cells[0]?.numberFormat)) ?? [] };
}

/**
 * The old 督办 sheets replaced by the plan's (which must not reuse any other sheet's name), and the
 * record updated in the same batch: the old ids out, the new sheets in with their kind.
 */
export async function replaceLoopSheets(context: Excel.RequestContext, old: OldSheet[], planFor: (existing: WorkbookNames) => LoopPlan): Promise<RenderReport> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const record = loadSetting(context, RECORD_KEY);
  await context.sync();
  const replaced = new Set(old.map((sheet) => sheet.id));
  const kept = parseRecord(record.value).filter((entry) => !replaced.has(entry.id));
  let roles: LoopPlan['roles'] = {};
  const report = await replaceSheets(
    context,
    old,
    (names) => {
      const planned = planFor(names);
      roles = planned.roles;
      return planned.plan;
    },
    {
      existing: { sheets: sheets.items.map((s) => s.name), tables: tables.items.map((t) => t.name) },
      afterFeatures: (added) =>
        queueRecord(context, [
          ...kept,
          ...added.flatMap(({ id, name }): RecordedSheet[] => {
            const role = roles[name];
            return role ? [{ id, role, written: name }] : [];
          }),
        ]),
    },
  );
  return { ...report, syncs: report.syncs + 1 };
}
