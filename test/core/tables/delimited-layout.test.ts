import { readDelimitedTables } from '../../../src/core/tables/delimited-layout';
import type { RawTable } from '../../../src/core/tables/raw-table';

function read(text: string): { tables: RawTable[]; codes: string[] } {
  const result = readDelimitedTables(text);
  if (!result.ok) throw new Error(result.error.message);
  return { tables: result.value, codes: result.warnings.map((w) => w.code) };
}

function texts(table: RawTable): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

const TAB_TWO_TABLES = [
  '附件',
  '一、核心绩效指标',
  '序号\t名称\t2025年目标\t责任单位\t备注',
  '1\t重特大生产安全事故起数\t0\t县安委会各成员单位，各乡镇（街道）\t',
  '2\t因灾群死群伤责任事件\t0\t县防减救灾委各成员单位\t',
  '',
  '二、重要文件',
  '序号\t名称\t2025年目标\t责任单位\t备注',
  '1\t《垫江县突发事件总体预案》\t修订\t县应急管理局\t',
].join('\n');

describe('readDelimitedTables', () => {
  it('reads tab-separated rows into one table per header, each under the heading before it', () => {
    const { tables, codes } = read(TAB_TWO_TABLES);
    expect(codes).toEqual([]);
    expect(tables.map((table) => table.title)).toEqual(['一、核心绩效指标', '二、重要文件']);
    expect(tables[0].columns.map((column) => column.role)).toEqual(['seq', 'group', 'content', 'units', 'note']);
    expect(texts(tables[0])).toEqual([
      ['1', '重特大生产安全事故起数', '0', '县安委会各成员单位，各乡镇（街道）', ''],
      ['2', '因灾群死群伤责任事件', '0', '县防减救灾委各成员单位', ''],
    ]);
    expect(tables[1].rows[0].position).toEqual({ kind: 'line', line: 9 });
    expect(tables[1].position).toEqual({ kind: 'line', line: 8 });
  });

  it('reads 「|」 rows with or without outer pipes, skipping |---| rules and unescaping \\| and <br>', () => {
    const { tables, codes } = read(
      [
        '## 三、重点措施',
        '| 序号 | 重点任务 | 牵头单位 | 配合单位 |',
        '|:---:|---|---|---|',
        '| 1 | 隐患排查<br>整改 | 县应急管理局 | 县公安局\\|县交通局 |',
        '2 | 宣传 | 县委宣传部 | 各乡镇',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(tables[0].title).toBe('## 三、重点措施');
    expect(tables[0].columns.map((column) => column.role)).toEqual(['seq', 'group', 'lead', 'support']);
    expect(texts(tables[0])).toEqual([
      ['1', '隐患排查\n整改', '县应急管理局', '县公安局|县交通局'],
      ['2', '宣传', '县委宣传部', '各乡镇'],
    ]);
  });

  it('drops a header row repeated inside a table instead of reading it as a row', () => {
    const { tables } = read(
      ['序号\t名称\t责任单位', '1\t甲\t县应急管理局', '序号\t名称\t责任单位', '2\t乙\t县公安局'].join('\n'),
    );
    expect(tables).toHaveLength(1);
    expect(texts(tables[0])).toEqual([['1', '甲', '县应急管理局'], ['2', '乙', '县公安局']]);
  });

  it('reads Excel’s quoted cells with line breaks and doubled quotes', () => {
    const { tables, codes } = read(['序号\t名称\t责任单位', '1\t"第一段', '第二段 ""清单"""\t县应急管理局', '2\t"引号"开头\t县公安局'].join('\n'));
    expect(codes).toEqual([]);
    expect(texts(tables[0])).toEqual([
      ['1', '第一段\n第二段 "清单"', '县应急管理局'],
      ['2', '"引号"开头', '县公安局'],
    ]);
  });

  it('joins a row that a browser copy broke over lines when its pieces make up the table width', () => {
    const { tables, codes } = read(
      ['序号\t名称\t目标\t责任单位', '1\t甲\t第一段', '第二段\t县应急管理局', '2\t乙\t目标\t县公安局', '二、下一部分'].join('\n'),
    );
    expect(codes).toEqual([]);
    expect(texts(tables[0])).toEqual([
      ['1', '甲', '第一段\n第二段', '县应急管理局'],
      ['2', '乙', '目标', '县公安局'],
    ]);
  });

  it('reads a header one label short of its rows as a label spanning two columns, and says so', () => {
    const { tables, codes } = read(
      ['行动名称\t重点任务\t完成时间\t责任单位', '一、开展行动\t1.强化管控。\t建立机制。\t2024年\t区应急局', '\t\t制定目录。\t\t区应急局'].join('\n'),
    );
    expect(codes).toEqual(['header-span']);
    expect(tables[0].columns.map((column) => column.role)).toEqual(['group', 'group', 'content', 'deadline', 'units']);
    expect(texts(tables[0])[1]).toEqual(['', '', '制定目录。', '', '区应急局']);
  });

  it('gives the cells of a short row to the columns their shapes fit, with a warning that names its line', () => {
    const result = readDelimitedTables(['序号\t名称\t目标\t责任单位', '1\t甲\t目标\t县应急管理局', '2\t乙\t县公安局', '3\t丙\t目标\t县交通局'].join('\n'));
    expect(result.warnings.map((w) => w.code)).toEqual(['ragged-row']);
    expect(result.warnings[0].message).toContain('第 3 行');
    // …and keeps that line and the message after it apart, for a reader that names the row by its 序号.
    expect(result.warnings[0].at).toEqual({ line: 1, rows: [3], rest: expect.stringMatching(/^的格数少于表头/) });
    expect(result.ok && texts(result.value[0])[1]).toEqual(['2', '', '乙', '县公安局']);
  });

  it('finds nothing in prose, in the one-cell-per-line text export, or in tab rows without a responsibility header', () => {
    expect(read('一、总体要求\n坚持安全第一 | 预防为主。\n').tables).toEqual([]);
    expect(read('\t序号\n\t名称\n\t责任单位\n\n\t1\n\t甲\n\t县应急管理局\n').tables).toEqual([]);
    expect(read('姓名\t电话\n张三\t123\n').tables).toEqual([]);
  });

  it('warns about a header with no rows under it', () => {
    expect(read('序号\t名称\t责任单位\n\n二、其他\n').codes).toEqual(['empty-table']);
  });
});
