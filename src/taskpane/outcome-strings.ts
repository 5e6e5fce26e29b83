// How an action ended, in the pane's language: the titles, lines and warnings of its outcome. Loaded with
// the code that runs an action (or tells how it ended), not with the pane, which opens without them.

import { inChinese, zhCells, zhDay, zhSheets, zhUnits, type UnitTally } from './strings';
import { count, enCells, enDay, enSheets, enUnits } from './english-words';

const ZH_OUTCOME = {
  internalError: '出现意外错误',
  selectionEmpty: '选区是空的：请先选中工作表中的分工表（包括表头行），再点击「从选区导入」。',
  selectionUnreadable: (address: string, reason: string) => `无法从选区 ${address} 导入：${reason}`,
  selectionNothingRead: (address: string, reason: string) => `选区 ${address}：${reason}`,
  writeFailed: '写入工作簿失败，原有工作表未改动',
  directoryUnusable: (reason: string) => `「单位名录」无法使用，已按文件重新生成：${reason}`,
  commentsRefused: (cells: string[], reason: string, flagsSheet: string) =>
    `${cells.length} 个单元格未添加批注（${zhCells(cells)}）：${reason}问题说明见「${flagsSheet}」，单元格颜色照常。`,
  askOldSheets: '生成前请确认',
  replaceOld: '替换',
  addBeside: '另外添加',
  oldSheetsLabel: '如何处理上次生成的工作表',
  wouldRemove: (sheets: string[]) => `新的工作表中没有替代上次生成的${zhSheets(sheets)}：继续「替换」将删除${sheets.length > 1 ? '它们' : '它'}。`,
  wouldReplace: (sheets: string[]) => `将原位更新：${zhSheets(sheets)}（处理状态、单位名录和回收的答复均保留）。`,
  chooseOldSheets: '请选择「替换」（删除上述工作表），或「另外添加」（保留上次生成的全部工作表，新工作表另起名称）。工作簿尚未改动。',
  generated: '已生成汇总工作表',
  regenerated: '已更新汇总工作表',
  analysed: (documents: number, tasks: number, units: UnitTally, flags: number) =>
    `${documents} 份文件、${tasks} 项任务，${zhUnits(units)}；发现 ${flags} 个审核问题。`,
  sheetsUpdated: (sheets: number) => `更新了 ${sheets} 个工作表，处理状态、名录的修改和已回收的答复都已保留。`,
  sheetsAdded: (sheets: number) => `新增 ${sheets} 个工作表。`,
  sheetList: (sheets: string[]) => `工作表：${zhSheets(sheets)}`,
  cannotAnalyse: '无法分析当前表格',
  sheetProtected: (sheet: string) => `工作表「${sheet}」受保护，无法标出问题单元格：请先撤销工作表保护。`,
  markFailed: '标出问题失败',
  markFailedNote: '原表的值未改动；若已添加了颜色，可用「清除标记」去掉。',
  fillUnreadable: (cells: number, flagsSheet: string) => `${cells} 个问题单元格原来的底色无法读取（如渐变填充）：已照常着色，「清除标记」时只在仍是标记颜色时清除底色，问题见「${flagsSheet}」。`,
  alreadyCommented: (cells: number, flagsSheet: string) => `${cells} 个问题单元格已有批注或备注，未再添加，问题说明见「${flagsSheet}」。`,
  analysedInPlace: '已分析当前表格',
  inPlaceCounts: (address: string, tasks: number, units: UnitTally, flags: number, marked: number, notes: number) =>
    `${address}：${tasks} 项任务，${zhUnits(units)}；发现 ${flags} 个审核问题，在原表标出 ${marked} 个单元格（${notes} 条批注）。`,
  inPlaceSheets: (flagsSheet: string, summarySheet: string) =>
    `问题清单写在「${flagsSheet}」，单位汇总写在「${summarySheet}」；原表的值未作任何改动，「清除标记」可去掉本次添加的颜色、批注和工作表。`,
  clearFailed: '清除标记失败',
  nothingToClear: '没有需要清除的标记',
  nothingToClearNote: '本工作簿中没有「分析当前表格」添加的颜色、批注或工作表。',
  cleared: '已清除标记',
  clearedCounts: (restored: number, comments: number, sheets: number) => `已恢复 ${restored} 个单元格的原有底色，删除 ${comments} 条批注和 ${sheets} 个工作表。`,
  coloursKept: (cells: number) => `${cells} 个单元格的颜色在标记后被改过，已保留现状。`,
  noLedger: '工作簿中没有「进展汇总」',
  noLedgerNote: '请先用「导入附件表格」生成汇总工作表（含「进展汇总」），把各单位的任务清单发出，收回后再在这里汇总。',
  collected: '回收汇总完成',
  collectedSome: (used: number, refused: number) => `已汇总 ${used} 个文件，${refused} 个未能使用`,
  noneCollected: '没有可用的报回文件',
  workbookUnchanged: '工作簿未改动。',
  nothingDownloaded: '没有下载任何文件。',
  collectedCounts: (files: number, reported: number, units: number, filled: number, rows: number) =>
    `汇总 ${files} 个文件：${reported}/${units} 个单位已报送，已填报 ${filled}/${rows} 行。`,
  collectedOverdue: (on: string, overdue: number, problems: number) => `截至 ${zhDay(on)}逾期未完成 ${overdue} 行；回收问题 ${problems} 个，见「回收问题」。`,
  updated: (sheets: string[]) => `已更新：${zhSheets(sheets)}`,
  due: '已更新到期提醒',
  dueCounts: (on: string, overdue: number, within: number, dueSoon: number, units: number) =>
    `截至 ${zhDay(on)}：已逾期未完成 ${overdue} 项，${within} 天内到期 ${dueSoon} 项，涉及 ${units} 个单位。`,
  downloaded: '已下载',
  downloadedTo: (fileName: string) => `「${fileName}」已交给浏览器下载，保存在浏览器的下载文件夹（通常是「下载」）。`,
  cancelled: '已取消',
  cancelledRead: '没有读入新的文件，原来的预览保留。',
  writtenBeforeCancel: '取消时已在写入工作簿，写入已全部完成：',
  workbookDownloaded: (sheets: number) => `工作簿共 ${sheets} 个工作表。`,
  bureausDownloaded: (bureaus: number) => `${bureaus} 个单位的任务清单，打包为一个 .zip。`,
  noBase: '没有找到汇总工作簿',
  noBaseNote: '请把分工表助手生成的汇总工作簿（含「进展汇总」，或上次回收汇总的结果）和各单位报回的文件一起选择。',
  collectFailed: '回收汇总失败',
  collectedInto: (base: string, files: number, filled: number, rows: number, problems: number) =>
    `以「${base}」为汇总工作簿，汇总 ${files} 个文件，已填报 ${filled}/${rows} 行；回收问题 ${problems} 个。`,
  notGenerated: '未生成，工作簿未改动',
  notDownloaded: '未下载',
  noThisYear: '今年的文件没有读到任务，无法对比：请至少留一份今年的文件不标为上一年。',
  noLastYear: '上一年的文件没有读到任务，无法对比。',
  compared: (lastYear: number, added: number, removed: number, changed: number, unchanged: number) =>
    `年度对比（上一年 ${lastYear} 份文件）：新增 ${added} 项，删去 ${removed} 项，有变化 ${changed} 项，未变 ${unchanged} 项。`,
  fewMatches: '两年的计划只有少数任务相近，可能不是同一项工作的两年计划，请确认标为上一年的文件。',
};

const EN_OUTCOME: typeof ZH_OUTCOME = {
  internalError: 'Internal error',
  selectionEmpty: 'The selection is empty: select the responsibility table in the sheet, header row included, then click Import the selection.',
  selectionUnreadable: (address, reason) => `The selection ${address} cannot be imported: ${reason}`,
  selectionNothingRead: (address, reason) => `Selection ${address}: ${reason}`,
  writeFailed: 'Writing to the workbook failed; the existing sheets are unchanged',
  directoryUnusable: (reason) => `The 单位名录 sheet could not be used, so the directory was made again from the files: ${reason}`,
  commentsRefused: (cells, reason, flagsSheet) =>
    `${count(cells.length, 'cell')} got no comment (${enCells(cells)}): ${reason} The issues are explained in “${flagsSheet}”, and the cells are coloured as usual.`,
  askOldSheets: 'Confirm before generating',
  replaceOld: 'Replace',
  addBeside: 'Add beside them',
  oldSheetsLabel: 'What to do with the sheets of the last run',
  wouldRemove: (sheets) => `Nothing in the new sheets takes the place of ${enSheets(sheets)} from the last run: Replace deletes ${sheets.length > 1 ? 'them' : 'it'}.`,
  wouldReplace: (sheets) => `Updated in place: ${enSheets(sheets)} (statuses, directory edits and collected answers kept).`,
  chooseOldSheets: 'Choose Replace (those sheets are deleted) or Add beside them (every sheet of the last run stays; the new ones get new names). The workbook is unchanged so far.',
  generated: 'Done',
  regenerated: 'Updated',
  analysed: (documents, tasks, units, flags) => `${count(documents, 'file')}, ${count(tasks, 'task')}, ${enUnits(units)}; ${count(flags, 'issue')} found.`,
  sheetsUpdated: (sheets) => `Updated ${count(sheets, 'sheet')}, keeping statuses, 单位名录 edits and collected answers.`,
  sheetsAdded: (sheets) => `Added ${count(sheets, 'sheet')}.`,
  sheetList: (sheets) => `Sheets: ${enSheets(sheets)}`,
  cannotAnalyse: 'Cannot analyse this table',
  sheetProtected: (sheet) => `The sheet “${sheet}” is protected, so the flagged cells cannot be marked: unprotect the sheet first.`,
  markFailed: 'Marking the issues failed',
  markFailedNote: 'The table’s values are unchanged; if colours were added already, Clear marks removes them.',
  fillUnreadable: (cells, flagsSheet) =>
    `${count(cells, 'flagged cell')} had a fill that could not be read (a gradient, for example): coloured all the same, and Clear marks will clear them only while they still have the mark's colour. The issues are listed in “${flagsSheet}”.`,
  alreadyCommented: (cells, flagsSheet) => `${count(cells, 'flagged cell')} already had a comment or a note, so none was added; the issues are explained in “${flagsSheet}”.`,
  analysedInPlace: 'Analysed in place',
  inPlaceCounts: (address, tasks, units, flags, marked, notes) =>
    `${address}: ${count(tasks, 'task')}, ${enUnits(units)}; ${count(flags, 'issue')} found, ${count(marked, 'cell')} marked in the table (${count(notes, 'comment')}).`,
  inPlaceSheets: (flagsSheet, summarySheet) =>
    `The issues are listed in “${flagsSheet}” and the units in “${summarySheet}”. No value of the table was changed; Clear marks removes the colours, comments and sheets added.`,
  clearFailed: 'Clearing the marks failed',
  nothingToClear: 'No marks to clear',
  nothingToClearNote: 'This workbook has no colours, comments or sheets added by Analyse this table.',
  cleared: 'Marks cleared',
  clearedCounts: (restored, comments, sheets) => `Restored the fill of ${count(restored, 'cell')}; deleted ${count(comments, 'comment')} and ${count(sheets, 'sheet')}.`,
  coloursKept: (cells) => `Kept the colour of ${count(cells, 'cell')} recoloured since marking.`,
  noLedger: 'The workbook has no 进展汇总 sheet',
  noLedgerNote: 'First generate the combined sheets (with 进展汇总) from Import appendix tables and send out the units’ task lists; collect them here when they come back.',
  collected: 'Collected',
  collectedSome: (used, refused) => `Collected ${count(used, 'file')}; ${refused} could not be used`,
  noneCollected: 'No returned file could be used',
  workbookUnchanged: 'The workbook is unchanged.',
  nothingDownloaded: 'Nothing was downloaded.',
  collectedCounts: (files, reported, units, filled, rows) =>
    `Collected ${count(files, 'file')}: ${reported} of ${count(units, 'unit')} reported; ${filled} of ${count(rows, 'row')} filled in.`,
  collectedOverdue: (on, overdue, problems) => `As of ${enDay(on)}, ${count(overdue, 'row')} overdue and not done; ${count(problems, 'collection issue')}, listed in 回收问题.`,
  updated: (sheets) => `Updated: ${enSheets(sheets)}`,
  due: 'Due and overdue updated',
  dueCounts: (on, overdue, within, dueSoon, units) =>
    `As of ${enDay(on)}: ${count(overdue, 'task')} overdue and not done, ${dueSoon} due within ${within} days, across ${count(units, 'unit')}.`,
  downloaded: 'Downloaded',
  downloadedTo: (fileName) => `“${fileName}” was handed to the browser: it is in the browser’s download folder (usually Downloads).`,
  cancelled: 'Cancelled',
  cancelledRead: 'No new file was read; the preview before stays.',
  writtenBeforeCancel: 'The workbook was already being written when you cancelled; the writing was completed:',
  workbookDownloaded: (sheets) => `The workbook has ${count(sheets, 'sheet')}.`,
  bureausDownloaded: (bureaus) => `The task lists of ${count(bureaus, 'unit')}, in one .zip.`,
  noBase: 'No combined workbook found',
  noBaseNote: 'Pick the combined workbook RespMatrix made (with 进展汇总, or the result of the last collection) together with the files the units sent back.',
  collectFailed: 'Collecting the returns failed',
  collectedInto: (base, files, filled, rows, problems) =>
    `Collected ${count(files, 'file')} into “${base}”: ${filled} of ${count(rows, 'row')} filled in; ${count(problems, 'collection issue')}.`,
  notGenerated: 'Not generated; the workbook is unchanged',
  notDownloaded: 'Nothing downloaded',
  noThisYear: 'No task read from this year’s files; nothing compared. Leave at least one file unmarked as last year’s.',
  noLastYear: 'No task read from last year’s files; nothing compared.',
  compared: (lastYear, added, removed, changed, unchanged) =>
    `Year on year (against ${count(lastYear, 'file')} of last year): ${added} added, ${removed} removed, ${changed} changed, ${unchanged} unchanged.`,
  fewMatches: 'Few tasks of the two plans match: they may not be two years of the same plan. Check the files marked as last year’s.',
};

export function outcomeText(): typeof ZH_OUTCOME {
  return inChinese() ? ZH_OUTCOME : EN_OUTCOME;
}
