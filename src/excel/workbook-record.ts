// What RespMatrix keeps with the workbook, in its settings (saved inside the file): which sheets it
// made, by worksheet id (a clerk may rename a tab), and the pane's options. A re-run recognises
// its own sheets by this record, never by their names alone.

export const RECORD_KEY = 'RespMatrix.sheets';
export const OPTIONS_KEY = 'RespMatrix.options';

import type { PlannedRole } from '../core/plan/workbook';

/**
 * What each sheet is: the roles a re-run reads back before replacing the sheet, the 督办 sheets (so
 * that 回收汇总 and 到期提醒 find them by id, not by their look), or 'other'. 'units' and 'problems'
 * (回收统计, 回收问题) are made by 回收汇总 only, and only it replaces them.
 */
export type SheetRole = PlannedRole | 'other';

/** Sheets 生成 leaves for 回收汇总 to replace. */
export const COLLECTED_ROLES: ReadonlySet<SheetRole> = new Set(['units', 'problems']);

export interface RecordedSheet {
  id: string;
  role: SheetRole;
  /** The name it was written under: a tab the clerk renamed since is still known for what it was. */
  written?: string;
}

export function queueRecord(context: Excel.RequestContext, sheets: RecordedSheet[]): void {
  context.workbook.settings.add(RECORD_KEY, JSON.stringify(sheets));
}

/** Queued; read `.value` (a JSON string, or undefined) after the next sync. */
export function loadSetting(context: Excel.RequestContext, key: string): { readonly value: string | undefined } {
  const item = context.workbook.settings.getItemOrNullObject(key).load('value');
  return {
    get value() {
      return item.isNullObject || typeof item.value !== 'string' ? undefined : item.value;
    },
  };
}

export function parseRecord(json: string | undefined): RecordedSheet[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((s): s is RecordedSheet => typeof s?.id === 'string' && typeof s?.role === 'string') : [];
  } catch {
    return [];
  }
}
