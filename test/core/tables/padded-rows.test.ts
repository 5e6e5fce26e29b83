import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPaddedRowTables } from '../../../src/core/tables/padded-rows';
import type { RawTable } from '../../../src/core/tables/raw-table';

const lines = (...rows: string[][]): string => rows.map((row) => row.join('\n')).join('\n');
const tablesOf = (text: string): RawTable[] => {
  const read = readPaddedRowTables(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};
const cellsOf = (table: RawTable): string[][] => table.rows.map((row) => row.cells.map((c) => (c.merge === 'above' ? '^' : c.text)));

describe('readPaddedRowTables', () => {
  test('a row padded with bars at its end has its cells placed by shape, one to a column', () => {
    const [table] = tablesOf(
      lines(['序号 |', '工作任务 |', '牵头单位 |', '配合单位 |', '备注 |', '|'], ['1 |', '强化责任 |', '开展隐患排查 |', '县应急局 |', '县公安局 |', '|'], ['2 |', '组织应急演练 |', '县应急局 |', '|||']),
    );
    expect(table.columns.map((c) => c.role)).toEqual(['seq', 'group', 'content', 'lead', 'support', 'note']);
    expect(cellsOf(table)).toEqual([
      ['1', '强化责任', '开展隐患排查', '县应急局', '县公安局', ''],
      ['2', '', '组织应急演练', '县应急局', '', ''],
    ]);
  });

  test('a row without its own 序号 lies under a rowspan: the columns left of its first cell are merged from the row above', () => {
    const [table] = tablesOf(
      lines(['序号 |', '牵头单位 |', '项目名称 |', '业主单位 |', '备注 |', '|'], ['一 |', '区住建局 |', '（一）道路改造 |', '1.文化路改造 |', '区城投公司 |', '|'], ['2.新华路改造 |', '长乐街道 |', '||||']),
    );
    expect(cellsOf(table)).toEqual([
      ['一', '区住建局', '（一）道路改造', '1.文化路改造', '区城投公司', ''],
      ['^', '^', '^', '2.新华路改造', '长乐街道', ''],
    ]);
    expect(table.mergesKnown).toBe(true);
  });

  test('a second header row sits under the label of its family, else under the last, taking that label’s role when it has none', () => {
    const rows = (fourth: string): string[][] => [['1 |', '开展隐患排查 |', '县应急局 |', `${fourth} |`, '|'], ['2 |', '组织演练 |', '县应急局 |', '||']];
    const [family] = tablesOf(lines(['序号 |', '工作任务 |', '责任单位 |', '本月进展情况 |', '|'], ['牵头单位 |', '配合单位 |', '|||'], ...rows('县公安局')));
    expect(family.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '工作任务:group', '牵头单位:lead', '配合单位:support', '本月进展情况:note']);
    const [last] = tablesOf(lines(['序号 |', '工作任务 |', '牵头单位 |', '本月进展情况 |', '|'], ['前期手续 |', '形象进度 |', '|||'], ...rows('已立项')));
    expect(last.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '工作任务:group', '牵头单位:lead', '前期手续:note', '形象进度:note']);
  });

  test('a cell with the words a row above has in one column (numbers aside) goes to that column, not where its shape would put it', () => {
    const [table] = tablesOf(
      lines(
        ['序号 |', '牵头单位 |', '项目数量 |', '项目名称 |', '业主单位 |', '备注 |', '|'],
        ['一 |', '区住建局 |', '民生实事项目(1个) |', '（一）道路改造 |', '1.文化路 |', '区城投公司 |', '|'],
        ['二 |', '区城管局 |', '民生实事项目(3个) |', '（一）燃气改造 |', '区水投公司 |', '||'],
      ),
    );
    expect(cellsOf(table)[1]).toEqual(['二', '区城管局', '民生实事项目(3个)', '', '（一）燃气改造', '区水投公司', '']);
  });

  test('a copy that writes an empty cell in its place, with rows apart, is left to the reader of one cell per line', () => {
    expect(tablesOf(readFileSync(join(__dirname, '../../fixtures/layouts/table-one-cell-per-line.txt'), 'utf8'))).toEqual([]);
  });
});
