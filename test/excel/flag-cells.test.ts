// 已确认/忽略 go into the 审核问题 row that carries the flag's 问题键, wherever the clerk has moved it:
// rows found by key and header by label, never by position.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFlagStatus } from '../../src/excel/flag-cells';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { generate, readBatch } from '../../src/taskpane/workspace';
import { FakeExcel } from './fake-excel';

const SEED = join(__dirname, '../../seeds/000_bfdfd6760bd5685d.txt');

async function generated(): Promise<{ excel: FakeExcel; keys: string[] }> {
  const excel = new FakeExcel(['Sheet1']);
  const batch = await readBatch([{ name: '000.txt', bytes: readFileSync(SEED) }], () => undefined);
  const run = await generate(batch, INITIAL_STATE.choices, { run: (planFor) => runIntoWorkbook(excel.requestContext, planFor) }, () => undefined);
  return { excel, keys: run.flags.map((flag) => flag.key) };
}

/** 审核问题's rows as [问题键, 处理状态], found by the header wherever it is. */
function statuses(excel: FakeExcel): Map<unknown, unknown> {
  const grid = excel.sheet('审核问题').grid(200, 12);
  const header = grid.findIndex((row) => row.includes('问题键'));
  const columns = grid[header] ?? [];
  return new Map(grid.slice(header + 1).map((row) => [row[columns.indexOf('问题键')], row[columns.indexOf('处理状态')]]));
}

describe('writing a 处理状态 into 审核问题', () => {
  test.each([
    ['an empty row above the header', (excel: FakeExcel) => excel.sheet('审核问题').insertRows(0)],
    ['a title typed into a row above the header', (excel: FakeExcel) => {
      excel.sheet('审核问题').insertRows(0, 2);
      excel.sheet('审核问题').cell(0, 0).value = '审核问题（6 月核对）';
    }],
    ['an empty column before the first', (excel: FakeExcel) => {
      const sheet = excel.sheet('审核问题');
      const grid = sheet.grid(200, 12);
      grid.forEach((row, r) => row.forEach((value, c) => (sheet.cell(r, c + 1).value = value)));
      grid.forEach((_, r) => (sheet.cell(r, 0).value = ''));
    }],
  ])('goes to the row of its 问题键 after the clerk inserts %s', async (_, move) => {
    const { excel, keys } = await generated();
    const key = keys[3] ?? '';
    move(excel);
    const before = statuses(excel);
    expect(await writeFlagStatus(excel.requestContext, key, '已确认')).toBe(true);
    const after = statuses(excel);
    expect(after.get(key)).toBe('已确认');
    expect([...after].filter(([k, status]) => k !== key && status !== before.get(k))).toEqual([]);
  });
});

test('a 审核问题 too long to load whole within Office’s 5 MB response still gets its status, its keys read alone', async () => {
  const { excel, keys } = await generated();
  const sheet = excel.sheet('审核问题');
  const grid = sheet.grid(200, 12);
  const header = grid.findIndex((row) => row.includes('问题键'));
  const keyColumn = grid[header].indexOf('问题键');
  const last = grid.findIndex((row, r) => r > header && row.every((value) => value === '' || value === null || value === undefined));
  const filler = '责任单位写法需要核对：请与牵头单位确认分工后再下发各单位执行。'.repeat(2);
  for (let r = 0; r < 20_000; r += 1) {
    for (let c = 0; c < 10; c += 1) sheet.cell(last + r, c).value = c === keyColumn ? `filler-${r}` : filler;
  }
  const key = keys[0] ?? '';
  expect(await writeFlagStatus(excel.requestContext, key, '忽略')).toBe(true);
  expect(statuses(excel).get(key)).toBe('忽略');
});
