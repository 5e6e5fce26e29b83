// The pane's import actions against the fake workbook: a seed file, a bad file and a selection.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPlanIntoWorkbook } from '../../src/excel/render-plan';
import { readSelectedCells } from '../../src/excel/selection';
import { importFile, importSelection, type WorkbookAccess } from '../../src/taskpane/workbook-import';
import { FakeExcel } from '../excel/fake-excel';

const SEED_001 = join(__dirname, '../../seeds/001_1088d2aaa7c2a7e4.txt');

function access(excel: FakeExcel): WorkbookAccess {
  return {
    render: (planFor) => renderPlanIntoWorkbook(excel.requestContext, planFor),
    readSelection: () => readSelectedCells(excel.requestContext),
  };
}

describe('importing into the open workbook', () => {
  test('seed 001 reports its 6 tables and 121 tasks, and its sheets follow the user’s', async () => {
    const excel = new FakeExcel();
    const steps: string[] = [];
    const outcome = await importFile('001.txt', readFileSync(SEED_001), access(excel), (step) => steps.push(step));
    expect(outcome).toMatchObject({ ok: true, title: '导入完成 · Imported' });
    expect(outcome.lines[0]).toMatch(/^读取 6 张表、121 项任务/);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', '说明', expect.any(String), '审核问题', '单位汇总', '责任矩阵', '单位名录', '进展汇总', '到期提醒']);
    expect(outcome.lines[2]).toContain('新增 8 个工作表');
    expect(steps).toEqual(['正在读取「001.txt」…', '正在拆分责任单位并审核…', '正在写入工作簿…']);
  });

  test('a file of random bytes gets the reader’s Chinese message and the workbook is not touched', async () => {
    const excel = new FakeExcel();
    const bytes = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    const outcome = await importFile('乱码.docx', bytes, access(excel), () => undefined);
    expect(outcome.ok).toBe(false);
    expect(outcome.title).toBe('无法读取「乱码.docx」');
    expect(outcome.lines.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(excel.syncs).toEqual([]);
  });

  test('a table pasted into a sheet and selected is imported from its cells', async () => {
    const excel = new FakeExcel();
    const grid = [
      ['序号', '名称', '目标', '责任单位'],
      ['1', '安全生产', '开展专项整治', '县应急管理局、县公安局'],
      ['2', '', '加强执法检查', '县市场监管局等'],
    ];
    grid.forEach((row, r) => row.forEach((text, c) => (excel.sheet('Sheet1').cell(r + 2, c + 1).value = text)));
    excel.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 100, columns: 26 };
    const outcome = await importSelection(access(excel), () => undefined);
    expect(outcome.ok).toBe(true);
    expect(outcome.lines[0]).toMatch(/^读取 1 张表、2 项任务/);
    expect(excel.sheets.map((s) => s.name)).toContain('审核问题');
    expect(excel.sheet('Sheet1').writes).toBe(0);
  });

  test('an empty selection says what to select', async () => {
    const excel = new FakeExcel();
    excel.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 10, columns: 10 };
    expect(await importSelection(access(excel), () => undefined)).toMatchObject({ ok: false, title: '选区是空的' });
  });
});
