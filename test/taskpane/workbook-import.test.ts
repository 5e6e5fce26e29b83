// 从选区导入 against the fake workbook: a pasted table selected, and an empty selection.

import { renderPlanIntoWorkbook } from '../../src/excel/render-plan';
import { readSelectedCells } from '../../src/excel/selection';
import { importSelection, type WorkbookAccess } from '../../src/taskpane/workbook-import';
import { FakeExcel } from '../excel/fake-excel';


function access(excel: FakeExcel): WorkbookAccess {
  return {
    render: (planFor) => renderPlanIntoWorkbook(excel.requestContext, planFor),
    readSelection: () => readSelectedCells(excel.requestContext),
  };
}

describe('importing into the open workbook', () => {
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
