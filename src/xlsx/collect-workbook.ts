// 回收汇总 into a copy of the combined workbook: its ledger (进展汇总) is read back, the returned
// workbooks are matched against it, and every 督办 sheet is written anew in place of the old ones
// (loop-workbook.ts); every other sheet, the clerk's own included, is carried over as it was, part
// by part. No workbook is loaded whole: 200 returns and a 2,000-task combined workbook stay well
// under 300 MB.

import { collectReturns, type CollectResult } from '../core/loop/collect';
import type { LoopSheet } from '../core/plan/loop-sheets';
import { success, type Result } from '../core/result';
import { openCombinedWorkbook, rewriteLoopSheets, type NamedBytes, type RewrittenWorkbook } from './loop-workbook';
import { readReturnedFile } from './open-workbook';

export interface CollectedWorkbook extends RewrittenWorkbook {
  result: CollectResult;
  /** The report day the 逾期 marks and 到期提醒 are judged on. */
  on: string;
}

const EVERY_LOOP_SHEET: ReadonlySet<LoopSheet['role']> = new Set(['progress', 'units', 'problems', 'due']);

export async function collectIntoWorkbook(
  base: NamedBytes,
  returned: NamedBytes[],
  day: { on: string; within: number },
): Promise<Result<CollectedWorkbook>> {
  const opened = await openCombinedWorkbook(base);
  if (!opened.ok) return opened;
  const files = [];
  for (const file of returned) files.push(await readReturnedFile(file.fileName, file.bytes));
  const result = collectReturns(opened.value.ledger, files);
  const written = await rewriteLoopSheets(opened.value, EVERY_LOOP_SHEET, { rows: result.rows, problems: result.problems, sent: result.files, ...day });
  return written.ok ? success({ ...written.value, result, on: day.on }) : written;
}
