import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { buildTasks } from '../../../src/core/tasks/build-tasks';
import { documentFromGrid } from '../../../src/core/tables/range-table';
import { buildDirectory } from '../../../src/core/units/build-directory';
import { readLayout, unitRoles } from '../../fixtures/layouts/read-layout';

const grid = [
  ['2025年重点任务分工', '', '', ''],
  ['序号', '名称', '目标', '责任单位'],
  ['1', '安全生产', '开展专项整治', '县应急管理局、县公安局'],
  ['2', '', '加强执法检查', '县市场监管局'],
  ['3', '防灾减灾', '=完善预案', ''],
];

describe('documentFromGrid', () => {
  test('finds the header below a title row and keeps each data row with its worksheet row', () => {
    const read = documentFromGrid({ source: 'Sheet1!A3:D7', firstRow: 3, values: grid });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.warnings).toEqual([]);
    const [table] = read.value.tables;
    expect(table?.columns.map((c) => c.role)).toEqual(['seq', 'group', 'content', 'units']);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual(grid.slice(2));
    expect(table?.rows.map((r) => r.position)).toEqual([5, 6, 7].map((line) => ({ kind: 'line', line })));
  });

  test('a blank heading cell under a heading continues it, as a merged cell pasted into Excel reads', () => {
    const read = documentFromGrid({ source: 'Sheet1!A1:D5', firstRow: 1, values: grid });
    if (!read.ok) throw new Error(read.error.message);
    const tasks = buildTasks([read.value], { directory: buildDirectory([read.value]).directory, firstListedLeads: true });
    expect(tasks.map((t) => t.heading)).toEqual(['安全生产', '安全生产', '防灾减灾']);
  });

  test('a selection without a responsibility header is refused in Chinese', () => {
    const read = documentFromGrid({ source: 'Sheet1!A1:B2', firstRow: 1, values: [['姓名', '电话'], ['张三', '123']] });
    expect(read).toMatchObject({ ok: false, error: { code: 'no-header', message: expect.stringContaining('没有找到表头') } });
  });

  test('a header with no rows under it is refused', () => {
    const read = documentFromGrid({ source: 'Sheet1!A1:D1', firstRow: 1, values: [grid[1] ?? []] });
    expect(read).toMatchObject({ ok: false, error: { code: 'empty-table' } });
  });

  // The same layouts as the tab-separated fixtures, pasted into a sheet: cells come as values only,
  // so a label spanning two columns reads as that label over a blank.
  test.each([
    ['table-two-line-header.txt', ['序号:seq', '工作任务:group', '牵头单位:lead', '配合单位:support']],
    ['table-wrapped-labels.txt', ['序号:seq', '工作任务:group', '牵头单位:lead', '配合单位:support', '完成时限:deadline']],
  ])('a header over two rows of %s, pasted into a sheet, is read as one, as the text reader reads it', async (fixture, columns) => {
    const { analysis: fromText } = await readLayout(fixture);
    const values = readFileSync(join(__dirname, '../../fixtures/layouts', fixture), 'utf8')
      .split('\n')
      .filter((line) => line.includes('\t'))
      .map((line) => line.split('\t'));
    const read = documentFromGrid({ source: 'Sheet1!A3', firstRow: 3, values });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables[0]?.columns.map((c) => `${c.label}:${c.role}`)).toEqual(columns);
    // Data rows keep their own worksheet rows: the second header row is not one of them.
    expect(read.value.tables[0]?.rows.map((r) => r.position)).toEqual([5, 6].map((line) => ({ kind: 'line', line })));
    expect(unitRoles(analyse([read.value]))).toEqual(unitRoles(fromText));
  });

  test('a data row under a header is never taken for a second header row', () => {
    const read = documentFromGrid({ source: 'Sheet1!A1:D3', firstRow: 1, values: [grid[1] ?? [], ['', '', '', '县应急管理局'], grid[2] ?? []] });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables[0]?.columns.map((c) => c.label)).toEqual(['序号', '名称', '目标', '责任单位']);
    expect(read.value.tables[0]?.rows).toHaveLength(2);
  });

  test('a label merged over two columns reads as the label over a blank: it covers both, the lead’s column first, and a warning says so', () => {
    const values = [
      ['序号', '重点任务', '责任单位', '', '完成时限'],
      ['1', '开展隐患排查', '县应急局', '县公安局、县消防救援大队', '2025年6月底前'],
      ['2', '加强执法检查', '县市场监管局', '', '长期坚持'],
    ];
    const read = documentFromGrid({ source: 'Sheet1!A1:E3', firstRow: 1, values });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables[0]?.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '重点任务:group', '责任单位:units', '责任单位:support', '完成时限:deadline']);
    expect(read.value.warnings.map((w) => w.code)).toEqual(['header-span']);
    expect(unitRoles(analyse([read.value]))).toEqual([['县应急局:lead', '县公安局:support', '县消防救援大队:support'], ['县市场监管局:lead']]);
  });

  test('a blank header cell over an empty column stays an unread column, with no warning', () => {
    const values = [
      ['序号', '名称', '责任单位', ''],
      ['1', '安全生产', '县应急管理局', ''],
    ];
    const read = documentFromGrid({ source: 'Sheet1!A1:D2', firstRow: 1, values });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables[0]?.columns.map((c) => c.role)).toEqual(['seq', 'group', 'units', 'other']);
    expect(read.value.warnings).toEqual([]);
  });

  test('two tables pasted one under the other, each under its heading, are read as two tables with their titles and rows', () => {
    const values = [
      ['一、核心指标', '', '', ''],
      ['序号', '指标', '目标值', '责任单位'],
      ['1', '生产安全事故死亡人数', '同比下降', '县应急局'],
      ['', '', '', ''],
      ['二、重点任务', '', '', ''],
      ['序号', '工作任务', '牵头单位', '配合单位'],
      ['1', '开展隐患排查', '县应急局', '县公安局'],
      ['2', '组织应急演练', '县应急局', ''],
    ];
    const read = documentFromGrid({ source: 'Sheet1!A1:D8', firstRow: 1, values });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables.map((t) => [t.title, t.columns.map((c) => c.role).join(','), t.rows.map((r) => r.position)])).toEqual([
      ['一、核心指标', 'seq,group,content,units', [{ kind: 'line', line: 3 }]],
      ['二、重点任务', 'seq,group,lead,support', [7, 8].map((line) => ({ kind: 'line', line }))],
    ]);
    expect(unitRoles(analyse([read.value]))).toEqual([['县应急局:lead'], ['县应急局:lead', '县公安局:support'], ['县应急局:lead']]);
  });

  test('the same header repeated lower down (a table continued) is dropped, not read as a new table', () => {
    const values = [grid[1] ?? [], grid[2] ?? [], grid[1] ?? [], grid[3] ?? []];
    const read = documentFromGrid({ source: 'Sheet1!A1:D4', firstRow: 1, values });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables.map((t) => t.rows.length)).toEqual([2]);
  });
});
