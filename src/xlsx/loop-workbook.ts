// The combined workbook (汇总工作簿, or a previous 回收汇总 result) as the 督办 actions outside Excel
// use it, 回收汇总 (collect-workbook.ts) and 到期提醒 (due-workbook.ts): its package opened with the
// checks a clerk's message can name, its ledger (进展汇总) read, and some of its 督办 sheets written
// anew in place of the old ones (replace-sheets.ts), every other part carried over byte for byte.
// The bytes given are never changed: the result is a new package.

import type JSZip from 'jszip';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import { loopSheetRole, planLoopSheets, type LoopInput, type LoopSheet } from '../core/plan/loop-sheets';
import { failure, failureBecause, success, warning, type Result, type Warning } from '../core/result';
import { DAMAGED, openWorkbookZip } from './open-workbook';
import { readSheetTexts, type SheetText } from './read-cells';
import { replaceSheets, tableNamesBySheet, UnusablePackage } from './replace-sheets';

export interface NamedBytes {
  fileName: string;
  bytes: Uint8Array;
}

export interface CombinedWorkbook {
  fileName: string;
  zip: JSZip;
  sheets: SheetText[];
  ledger: ProgressRow[];
}

export interface RewrittenWorkbook {
  bytes: Uint8Array;
  /** The 督办 sheets written, in order. */
  sheetNames: string[];
}

/**
 * The package and its ledger; 'base-unreadable' names the file and what is wrong with it, 'no-ledger'
 * says it is no combined workbook (the CLI shows these messages; the pane words its own).
 */
export async function openCombinedWorkbook(base: NamedBytes): Promise<Result<CombinedWorkbook>> {
  const opened = await openWorkbookZip(base.bytes);
  if (!opened.ok) return unreadable(base, opened.error);
  const sheets = await readSheetTexts(opened.value);
  let ledger: ProgressRow[] | undefined;
  for (const sheet of sheets) ledger ??= readProgress(sheet.cells);
  if (!ledger) {
    const message = `「${base.fileName}」中没有「进展汇总」表（含「任务键」列），不是分工表助手生成的汇总工作簿；请用 build 生成的工作簿（或上次汇总的结果）作为第一个文件。`;
    return failure('no-ledger', message, { file: base.fileName });
  }
  return success({ fileName: base.fileName, zip: opened.value, sheets, ledger });
}

/**
 * The 督办 sheets of the given roles (found by their look, loopSheetRole) replaced by the plan for
 * `input`; the others, the clerk's own sheets included, kept as they are.
 */
export async function rewriteLoopSheets(book: CombinedWorkbook, roles: ReadonlySet<LoopSheet['role']>, input: LoopInput): Promise<Result<RewrittenWorkbook>> {
  const replaced = new Set(
    book.sheets.filter((sheet) => {
      const role = loopSheetRole(sheet.name, sheet.cells);
      return role !== undefined && roles.has(role);
    }).map((sheet) => sheet.name),
  );
  const tables = await tableNamesBySheet(book.zip);
  const kept = book.sheets.map((s) => s.name).filter((name) => !replaced.has(name));
  const plan = planLoopSheets({ sheets: kept, tables: kept.flatMap((name) => tables.get(name) ?? []) }, input);
  try {
    return success({ bytes: await replaceSheets(book.zip, replaced, plan), sheetNames: plan.sheets.map((s) => s.name) });
  } catch (error) {
    if (error instanceof UnusablePackage) return unreadable(book, warning('damaged', DAMAGED));
    throw error;
  }
}

function unreadable<T>(base: { fileName: string }, cause: Warning): Result<T> {
  return failureBecause('base-unreadable', `汇总工作簿「${base.fileName}」无法打开：`, cause, { file: base.fileName });
}
