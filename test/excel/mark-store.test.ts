// Where the mark record is kept: in the settings while small, in custom XML parts when large (the
// settings holding a pointer), so that the settings stay far under Office's 2 MB and 清除标记
// still finds every comment the analysis added.

import { clearMarks } from '../../src/excel/clear-marks';
import type { MarkRecord } from '../../src/excel/mark-record';
import { INLINE_MAX_CHARS, loadMarkStore, MARKS_KEY, MARKS_NAMESPACE, saveMarkStore } from '../../src/excel/mark-store';
import { FakeExcel } from './fake-excel';
import { jsonBytes } from './fake-office-limits';

/** A record of `marks` marked cells on Sheet1, each with a comment, as 分析当前表格 leaves it. */
function record(excel: FakeExcel, marks: number): MarkRecord {
  const sheetId = excel.sheet('Sheet1').id;
  const cells = Array.from({ length: marks }, (_, i) => ({ row: i + 1, column: 3, mark: '#FFC7CE', before: { color: '#FFFFFF', pattern: 'None' } }));
  const comments = cells.map((cell, i) => {
    const id = `{a1b2c3d4-0000-4000-8000-${String(i).padStart(12, '0')}}`;
    excel.comments.push({ id, address: `'Sheet1'!D${cell.row + 1}`, text: '责任单位为空' });
    return id;
  });
  return { sheetId, cells, comments, sheets: [] };
}

async function save(excel: FakeExcel, records: MarkRecord[]): Promise<void> {
  const context = excel.requestContext;
  const stored = loadMarkStore(context);
  await context.sync();
  saveMarkStore(context, await stored.read(), records);
  await context.sync();
}

async function load(excel: FakeExcel): Promise<MarkRecord[]> {
  const stored = loadMarkStore(excel.requestContext);
  await excel.requestContext.sync();
  return (await stored.read()).records;
}

test('a small record stays in the settings, as before', async () => {
  const excel = new FakeExcel();
  const small = record(excel, 10);
  await save(excel, [small]);
  expect(JSON.parse(excel.settings.get(MARKS_KEY) as string)).toEqual([small]);
  expect(excel.customXmlParts).toEqual([]);
  expect(await load(excel)).toEqual([small]);
});

test('the record of 20,000 marks goes into custom XML parts under 1 MB each; the settings keep a pointer of a few bytes, and it reads back whole', async () => {
  const excel = new FakeExcel();
  const large = record(excel, 20_000);
  await save(excel, [large]);
  const settings = [...excel.settings].reduce((n, [key, value]) => n + jsonBytes(key) + jsonBytes(value), 0);
  expect(settings).toBeLessThan(200);
  expect(excel.customXmlParts.length).toBeGreaterThan(1);
  expect(excel.customXmlParts.every((part) => part.namespaceUri === MARKS_NAMESPACE && part.xml.length < 1.1 * 1024 * 1024)).toBe(true);
  expect(await load(excel)).toEqual([large]);
  expect(Math.max(...excel.syncs.map((sync) => Math.max(sync.bytes, sync.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
});

test('saving again replaces the parts (none is left behind), and a record grown small goes back into the settings', async () => {
  const excel = new FakeExcel();
  const large = record(excel, 5_000);
  expect(JSON.stringify(large).length).toBeGreaterThan(INLINE_MAX_CHARS);
  await save(excel, [large]);
  const first = excel.customXmlParts.map((part) => part.id);
  await save(excel, [large, { ...large, sheetId: '{other}' }]);
  expect(excel.customXmlParts.some((part) => first.includes(part.id))).toBe(false);
  expect(await load(excel)).toHaveLength(2);
  await save(excel, [{ ...large, cells: large.cells.slice(0, 3), comments: [] }]);
  expect(excel.customXmlParts).toEqual([]);
  expect(await load(excel)).toHaveLength(1);
});

test('清除标记 of a 20,000-mark record finds every comment it added, and leaves neither setting nor part', async () => {
  const excel = new FakeExcel(['Sheet1', '审核问题-Sheet1']);
  const large = record(excel, 20_000);
  excel.comments.push({ id: '{clerk}', address: "'Sheet1'!A1", text: '科室自己的批注' });
  for (const cell of large.cells) excel.sheet('Sheet1').cell(cell.row, cell.column).format['fill.color'] = '#FFC7CE';
  await save(excel, [{ ...large, sheets: [{ id: excel.sheet('审核问题-Sheet1').id, role: 'flags' }] }]);
  const report = await clearMarks(excel.requestContext);
  expect(report).toMatchObject({ restored: 20_000, comments: 20_000, sheets: 1 });
  expect(excel.comments.map((comment) => comment.id)).toEqual(['{clerk}']);
  expect(excel.settings.has(MARKS_KEY)).toBe(false);
  expect(excel.customXmlParts).toEqual([]);
  expect(Math.max(...excel.syncs.map((sync) => Math.max(sync.bytes, sync.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
});
