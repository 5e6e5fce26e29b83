// 回收汇总 into a copy of the combined workbook: its ledger (进展汇总) is read back, the returned
// workbooks are matched against it, and the 督办 sheets are written anew in place of the old ones;
// every other sheet, the clerk's own included, is carried over as it was.

import { collectReturns, type CollectResult } from '../core/loop/collect';
import { readProgress, type ProgressRow } from '../core/loop/progress';
import { loopSheetRole, planLoopSheets } from '../core/plan/loop-sheets';
import { failure, success, type Result } from '../core/result';
import { finishPackage, UNCOMPRESSED } from './package';
import { loadWorkbook, readReturnedFile, sheetText } from './read-workbook';
import { addSheet } from './add-sheet';

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
  const loaded = await loadWorkbook(base.bytes);
  if (!loaded.ok) return failure('base-unreadable', `汇总工作簿「${base.fileName}」无法打开：${loaded.error.message}`);
  const { workbook } = loaded.value;
  const sheets = workbook.worksheets.map((worksheet) => ({ worksheet, ...sheetText(worksheet) }));
  let ledger: ProgressRow[] | undefined;
  for (const sheet of sheets) ledger ??= readProgress(sheet.cells);
  if (!ledger) {
    return failure(
      'no-ledger',
      `「${base.fileName}」中没有「进展汇总」表（含「任务键」列），不是分工表助手生成的汇总工作簿；请用 build 生成的工作簿（或上次汇总的结果）作为第一个文件。`,
    );
  }
  const files = [];
  for (const file of returned) files.push(await readReturnedFile(file.fileName, file.bytes));
  const result = collectReturns(ledger, files);

  for (const sheet of sheets) if (loopSheetRole(sheet.name, sheet.cells)) workbook.removeWorksheet(sheet.worksheet.id);
  const existing = {
    sheets: workbook.worksheets.map((w) => w.name),
    // ExcelJS types getTables() as tuples, but it returns its Table objects, each with a name.
    tables: workbook.worksheets.flatMap((w) => (w.getTables() as unknown as Array<{ name: string }>).map((t) => t.name)),
  };
  const plan = planLoopSheets(existing, { rows: result.rows, problems: result.problems, sent: result.files, ...day });
  for (const sheet of plan.sheets) await addSheet(workbook, sheet, plan.styles);
  const written = await workbook.xlsx.writeBuffer(UNCOMPRESSED);
  return success({ bytes: await finishPackage(new Uint8Array(written as ArrayBuffer)), result, sheetNames: plan.sheets.map((s) => s.name), on: day.on });
}
