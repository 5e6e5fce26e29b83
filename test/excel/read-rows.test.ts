// Large reads in bands of rows, each sync's response under Excel on the web's 5 MB as the fake
// Excel measures it (the serialised loads, not the reader's own estimate).

import { readBlocks } from '../../src/excel/read-rows';
import { readSelectedCells } from '../../src/excel/selection';
import { FakeExcel } from './fake-excel';
import { PAYLOAD_LIMIT_BYTES } from './fake-office-limits';

/** A pasted ledger of `rows` rows under a header: 序号, a long task text, a unit, a date typed as a date, a note. */
function ledger(rows: number): FakeExcel {
  const excel = new FakeExcel(['分工表']);
  const sheet = excel.sheet('分工表');
  ['序号', '重点任务', '责任单位', '完成时间', '备注'].forEach((label, c) => (sheet.cell(0, c).value = label));
  for (let r = 1; r <= rows; r++) {
    [r, `第${r}项：落实安全生产责任制，开展隐患排查整治，健全应急预案体系并组织演练，按季度报送工作进展情况。`, '县应急管理局、县消防救援大队', 45838, '按时完成'].forEach(
      (value, c) => (sheet.cell(r, c).value = value),
    );
    sheet.cell(r, 3).numberFormat = 'yyyy/m/d';
  }
  return excel;
}

test('a selection of 20,000 rows is read whole, in bands whose responses each stay under 5 MB, dates as they show', async () => {
  const excel = ledger(20_000);
  excel.selection = { sheet: '分工表', top: 0, left: 0, rows: 20_001, columns: 5 };
  const cells = await readSelectedCells(excel.requestContext);
  expect(cells?.values).toHaveLength(20_001);
  expect(cells?.values[20_000]?.[1]).toMatch(/^第20000项/);
  expect(cells?.values[1]?.[3]).toBe('2025年6月30日');
  const responses = excel.syncs.map((sync) => sync.responseBytes);
  expect(Math.max(...responses)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  // Read whole, the block would not fit one response.
  expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
});

test('a band Excel refuses is read again in smaller bands, and the rows come back whole and in order', async () => {
  const excel = ledger(600);
  excel.responseLimitBytes = 40_000;
  const worksheet = excel.requestContext.workbook.worksheets.getItem('分工表');
  const { cells, syncs } = await readBlocks(excel.requestContext, [{ worksheet, top: 1, left: 0, rows: 600, columns: 5 }]);
  expect(cells[0]?.values.map((row) => row[0])).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  expect(syncs).toBe(excel.syncs.length);
  expect(excel.syncs.some((sync) => sync.responseBytes > excel.responseLimitBytes)).toBe(true);
});

test('two blocks share a sync while their bands fit', async () => {
  const excel = ledger(50);
  const worksheet = excel.requestContext.workbook.worksheets.getItem('分工表');
  const { cells, syncs } = await readBlocks(excel.requestContext, [
    { worksheet, top: 0, left: 0, rows: 20, columns: 2 },
    { worksheet, top: 20, left: 0, rows: 31, columns: 2 },
  ]);
  expect(syncs).toBe(1);
  expect([...(cells[0]?.values ?? []), ...(cells[1]?.values ?? [])].map((row) => row[0])).toEqual(['序号', ...Array.from({ length: 50 }, (_, i) => i + 1)]);
});
