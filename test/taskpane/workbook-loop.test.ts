// The pane's 督办 actions against the fake workbook: import a seed, collect returned task lists
// (twice), remind what is due, and refuse a workbook without a ledger; the clerk's own sheet is never
// touched, no 督办 sheet is added twice, and a failed write gives the old sheets back.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { planLoopSheets } from '../../src/core/plan/loop-sheets';
import { readDocument } from '../../src/core/read';
import { readLoopSheets, replaceLoopSheets } from '../../src/excel/loop-sheets';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { generate, readBatch } from '../../src/taskpane/workspace';
import { collectReturnedFiles, remindDue, type LoopAccess } from '../../src/taskpane/workbook-loop';
import { renderAnalysis, type RenderedFile } from '../../src/xlsx/render-analysis';
import { FakeExcel, FakeSheet } from '../excel/fake-excel';
import { fillReturn } from '../fixtures/fill-return';

const SEED = join(__dirname, '../../seeds/000_bfdfd6760bd5685d.txt');
const LOOP = ['进展汇总', '到期提醒'];

function loopAccess(excel: FakeExcel): LoopAccess {
  return {
    readLoop: () => readLoopSheets(excel.requestContext),
    replaceLoop: (old, planFor) => replaceLoopSheets(excel.requestContext, old, planFor),
  };
}

/** A workbook with the clerk's own sheet (one value in it), the seed generated into it. */
async function imported(): Promise<FakeExcel> {
  const excel = new FakeExcel(['我的台账']);
  excel.sheet('我的台账').cell(0, 0).value = '自己的记录';
  const batch = await readBatch([{ name: '000.txt', bytes: readFileSync(SEED) }], () => undefined);
  const { outcome } = await generate(batch, INITIAL_STATE.choices, { run: (planFor) => runIntoWorkbook(excel.requestContext, planFor) }, () => undefined);
  if (outcome.kind !== 'ok') throw new Error(outcome.lines.join());
  return excel;
}

let bureaus: RenderedFile[];

beforeAll(async () => {
  const read = await readDocument('000.txt', readFileSync(SEED));
  if (!read.ok) throw new Error(read.error.message);
  bureaus = (await renderAnalysis(analyse([read.value]), { perUnit: true })).bureaus;
});

/** One column of 进展汇总, by its label, over the ledger's rows. */
function ledgerColumn(excel: FakeExcel, label: string): Array<string | number | boolean | null> {
  const [header = [], ...rows] = excel.sheet('进展汇总').grid(400, 20);
  return rows.filter((row) => row[0] !== '').map((row) => row[header.indexOf(label)] ?? '');
}

describe('回收汇总 and 到期提醒 in the open workbook', () => {
  test('two returned lists are collected into 进展汇总, with 回收统计 and 回收问题 added once and the clerk’s sheet untouched', async () => {
    const excel = await imported();
    const names = excel.sheets.map((s) => s.name);
    const [first, second] = bureaus;
    if (!first || !second) throw new Error('seed 000 has fewer than two bureaus');
    const files = [
      { name: '第一个单位（改名）.xlsx', bytes: await fillReturn(first.bytes, () => ({ status: '已完成', progress: '完成' }), new Date('2025-07-01T00:00:00Z')) },
      { name: second.fileName, bytes: await fillReturn(second.bytes, () => ({ status: '推进中' }), new Date('2025-07-02T00:00:00Z')) },
      { name: '说明.txt', bytes: new TextEncoder().encode('不是工作簿') },
    ];
    const steps: string[] = [];
    const outcome = await collectReturnedFiles(files, loopAccess(excel), (step) => steps.push(step));
    // One file of three could not be used: a partial collection, never a plain success.
    expect(outcome).toMatchObject({ kind: 'partial', title: '已汇总 2 个文件，1 个未能使用' });
    expect(outcome.lines[0]).toMatch(/^汇总 2 个文件：2\/\d+ 个单位已报送/);
    expect(outcome.lines[1]).toMatch(/^截至 \d{4}年\d{1,2}月\d{1,2}日逾期未完成/);
    expect(outcome.warnings).toEqual(['「说明.txt」未能读取：这不是 Excel 工作簿（.xlsx）文件。']);
    expect(outcome.details).toEqual(['已更新：「进展汇总」「回收统计」「回收问题」「到期提醒」']);
    expect(steps).toEqual(['正在读取工作簿中的「进展汇总」…', '正在读取「第一个单位（改名）.xlsx」…', `正在读取「${second.fileName}」…`, '正在读取「说明.txt」…', '正在写入工作簿…']);
    expect(excel.sheets.map((s) => s.name)).toEqual([...names.filter((n) => !LOOP.includes(n)), '进展汇总', '回收统计', '回收问题', '到期提醒']);
    expect(excel.sheet('我的台账').writes).toBe(0);
    expect(excel.sheet('我的台账').grid(1, 1)).toEqual([['自己的记录']]);
    const returnedFrom = ledgerColumn(excel, '回收文件');
    expect(returnedFrom.filter((f) => f === '第一个单位（改名）.xlsx').length).toBeGreaterThan(0);
    expect(returnedFrom.filter((f) => f === second.fileName).length).toBeGreaterThan(0);

    const again = await collectReturnedFiles([files[0]!], loopAccess(excel), () => undefined);
    expect(again).toMatchObject({ kind: 'ok', title: '回收汇总完成' });
    expect(excel.sheets.map((s) => s.name)).toEqual([...names.filter((n) => !LOOP.includes(n)), '进展汇总', '回收统计', '回收问题', '到期提醒']);
    expect(ledgerColumn(excel, '回收文件')).toEqual(returnedFrom);
  });

  test('a collection that used no file (only a file that is not a workbook) fails, and changes nothing: no sync writes, the sheets as they were', async () => {
    const excel = await imported();
    const before = excel.sheets.map((s) => [s.name, s.grid(30, 12)]);
    const writes = () => excel.sheets.reduce((n, sheet) => n + sheet.writes, 0);
    const writesBefore = writes();
    const beforeRead = excel.syncs.length;
    await readLoopSheets(excel.requestContext);
    const readSyncs = excel.syncs.length - beforeRead;
    const syncs = excel.syncs.length;
    const outcome = await collectReturnedFiles([{ name: '说明.pdf', bytes: new TextEncoder().encode('%PDF-1.7') }], loopAccess(excel), () => undefined);
    expect(outcome).toEqual({
      kind: 'failed',
      title: '没有可用的报回文件',
      lines: ['「说明.pdf」未能读取：这是 PDF 文件，不是 Excel 工作簿（.xlsx）。', '工作簿未改动。'],
      warnings: [],
    });
    // Only the syncs that read 进展汇总 (as many as reading it alone takes), and not one cell written.
    expect(excel.syncs.length - syncs).toBe(readSyncs);
    expect(writes()).toBe(writesBefore);
    expect(excel.sheets.map((s) => [s.name, s.grid(30, 12)])).toEqual(before);
  });

  test('到期提醒 redoes 进展汇总 and 到期提醒 for today, keeps 回收统计 and 回收问题, and lists units with counts', async () => {
    const excel = await imported();
    const [first] = bureaus;
    if (!first) throw new Error('seed 000 has no bureau');
    await collectReturnedFiles([{ name: first.fileName, bytes: await fillReturn(first.bytes, () => ({ status: '推进中' }), new Date('2025-07-01T00:00:00Z')) }], loopAccess(excel), () => undefined);
    const problemsWrites = excel.sheet('回收问题').writes;
    const outcome = await remindDue(loopAccess(excel), () => undefined);
    expect(outcome).toMatchObject({ kind: 'ok', title: '已更新到期提醒' });
    expect(outcome.lines[0]).toMatch(/^截至 \d{4}年\d{1,2}月\d{1,2}日：已逾期未完成 \d+ 项，15 天内到期 \d+ 项，涉及 \d+ 个单位。$/);
    expect(outcome.due?.every((line) => line.unit !== '' && line.overdue + line.dueSoon > 0)).toBe(true);
    expect(excel.sheet('回收问题').writes).toBe(problemsWrites);
    expect(excel.sheets.filter((s) => /^(进展汇总|到期提醒|回收统计|回收问题)/.test(s.name)).map((s) => s.name).sort()).toEqual(['进展汇总', '到期提醒', '回收统计', '回收问题'].sort());
  });

  test('a workbook without 进展汇总 is told what to do and left as it was', async () => {
    const excel = new FakeExcel(['Sheet1']);
    const outcome = await collectReturnedFiles([], loopAccess(excel), () => undefined);
    expect(outcome).toMatchObject({ kind: 'failed', title: '工作簿中没有「进展汇总」' });
    expect((await remindDue(loopAccess(excel), () => undefined)).kind).toBe('failed');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(excel.sheet('Sheet1').writes).toBe(0);
  });

  test('when writing the new sheets fails, the old 督办 sheets get their names and contents back', async () => {
    const excel = await imported();
    const before = excel.sheets.map((s) => [s.name, s.grid(5, 5)]);
    const loop = await readLoopSheets(excel.requestContext);
    const ledgerOnly = planLoopSheets({ sheets: [], tables: [] }, { rows: [] });
    const clash = { ...ledgerOnly, sheets: ledgerOnly.sheets.map((sheet) => ({ ...sheet, name: '我的台账' })) };
    await expect(replaceLoopSheets(excel.requestContext, loop.found, () => ({ plan: clash, roles: {} }))).rejects.toThrow('我的台账');
    expect(excel.sheets.map((s) => [s.name, s.grid(5, 5)])).toEqual(before);
  });

  test('生成 after 回收汇总 updates 进展汇总 and 到期提醒 in place with the answers kept, and 回收汇总 again finds them by the record', async () => {
    const excel = await imported();
    const batch = await readBatch([{ name: '000.txt', bytes: readFileSync(SEED) }], () => undefined);
    const [first] = bureaus;
    if (!first) throw new Error('seed 000 has no bureau');
    const returned = { name: first.fileName, bytes: await fillReturn(first.bytes, () => ({ status: '已完成', progress: '完成' }), new Date('2025-07-01T00:00:00Z')) };
    expect((await collectReturnedFiles([returned], loopAccess(excel), () => undefined)).kind).toBe('ok');
    const collected = excel.sheets.map((s) => s.name);
    const answered = ledgerColumn(excel, '回收文件');
    expect(answered.filter((f) => f === first.fileName).length).toBeGreaterThan(0);

    const again = await generate(batch, INITIAL_STATE.choices, { run: (planFor) => runIntoWorkbook(excel.requestContext, planFor) }, () => undefined);
    expect(again.outcome.kind).toBe('ok');
    expect(excel.sheets.map((s) => s.name).filter((name) => /\(\d+\)$/.test(name))).toEqual([]);
    expect(excel.sheets.map((s) => s.name).sort()).toEqual([...collected].sort());
    expect(ledgerColumn(excel, '回收文件')).toEqual(answered);

    // The clerk keeps a copy of the ledger: it has the ledger's columns but is not the add-in's, and is left alone.
    const copy = excel.sheets.length;
    excel.sheets.push(new FakeSheet('进展汇总-我的副本'));
    const copied = excel.sheet('进展汇总').grid(3, 20);
    copied.forEach((row, r) => row.forEach((value, c) => (excel.sheet('进展汇总-我的副本').cell(r, c).value = value)));
    expect(excel.sheets).toHaveLength(copy + 1);
    expect((await collectReturnedFiles([returned], loopAccess(excel), () => undefined)).kind).toBe('ok');
    expect(excel.sheets.map((s) => s.name).filter((name) => /\(\d+\)$/.test(name))).toEqual([]);
    expect(excel.sheet('进展汇总-我的副本').grid(3, 20)).toEqual(copied);
    expect(excel.sheet('进展汇总-我的副本').writes).toBe(0);
    expect(excel.sheets.map((s) => s.name).sort()).toEqual([...collected, '进展汇总-我的副本'].sort());
    expect(ledgerColumn(excel, '回收文件')).toEqual(answered);
  });
});
