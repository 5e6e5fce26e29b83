// 回收汇总 into a copy of the combined workbook: its ledger (进展汇总) is read back, the returned
// workbooks are matched against it, and the 督办 sheets are written anew in place of the old ones
// (replace-sheets.ts); every other sheet, the clerk's own included, is carried over as it was, part
// by part. No workbook is loaded whole: 200 returns and a 2,000-task combined workbook stay well
// under 300 MB.

import { collectReturns, type CollectResult } from '../core/loop/collect';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import { loopSheetRole, planLoopSheets } from '../core/plan/loop-sheets';
import { failure, failureBecause, success, warning, type Result, type Warning } from '../core/result';
import { readSheetTexts } from './read-cells';
import { DAMAGED, openWorkbookZip, readReturnedFile } from './open-workbook';
import { replaceSheets, tableNamesBySheet, UnusablePackage } from './replace-sheets';

export interface NamedBytes {
  fileName: string;
  bytes: Uint8Array;
}

export interface CollectedWorkbook {
  bytes: Uint8Array;
  result: CollectResult;
  /** The 督办 sheets written, in order. */
  sheetNames: string[];
  /** The report day the 逾期 marks and 到期提醒 are judged on. */
  on: string;
}

export async function collectIntoWorkbook(
  base: NamedBytes,
  returned: NamedBytes[],
  day: { on: string; within: number },
): Promise<Result<CollectedWorkbook>> {
  const unreadable = (cause: Warning): Result<CollectedWorkbook> => failureBecause('base-unreadable', `汇总工作簿「${base.fileName}」无法打开：`, cause, { file: base.fileName });
  const opened = await openWorkbookZip(base.bytes);
  if (!opened.ok) return unreadable(opened.error);
  const zip = opened.value;
  const sheets = await readSheetTexts(zip);
  let ledger: ProgressRow[] | undefined;
  for (const sheet of sheets) ledger ??= readProgress(sheet.cells);
  if (!ledger) {
    return failure(
      'no-ledger',
      `「${base.fileName}」中没有「进展汇总」表（含「任务键」列），不是分工表助手生成的汇总工作簿；请用 build 生成的工作簿（或上次汇总的结果）作为第一个文件。`,
      { file: base.fileName },
    );
  }
  const files = [];
  for (const file of returned) files.push(await readReturnedFile(file.fileName, file.bytes));
  const result = collectReturns(ledger, files);

  const replaced = new Set(sheets.filter((sheet) => loopSheetRole(sheet.name, sheet.cells)).map((sheet) => sheet.name));
  const tables = await tableNamesBySheet(zip);
  const kept = sheets.map((s) => s.name).filter((name) => !replaced.has(name));
  const existing = { sheets: kept, tables: kept.flatMap((name) => tables.get(name) ?? []) };
  const plan = planLoopSheets(existing, { rows: result.rows, problems: result.problems, sent: result.files, ...day });
  try {
    const bytes = await replaceSheets(zip, replaced, plan);
    return success({ bytes, result, sheetNames: plan.sheets.map((s) => s.name), on: day.on });
  } catch (error) {
    if (error instanceof UnusablePackage) return unreadable(warning('damaged', DAMAGED));
    throw error;
  }
}
