import { readTextExportTables } from '../../../src/core/tables/text-export-layout';
import type { RawTable } from '../../../src/core/tables/raw-table';

/** Lines of a text export; '⇥' stands for the tab that begins a cell line. */
const doc = (...lines: string[]) => lines.join('\n').replace(/⇥/g, '\t');

function read(text: string) {
  const result = readTextExportTables(text);
  if (!result.ok) throw new Error(result.error.message);
  return { tables: result.value, warnings: result.warnings };
}

const cells = (table: RawTable) => table.rows.map((row) => row.cells.map((cell) => cell.text));

describe('readTextExportTables', () => {
  it('reads a titled table: header by vocabulary, one row per blank-separated block, line positions', () => {
    const { tables, warnings } = read(
      doc('正文一段。', '一、重点工作', '', '⇥编号', '⇥工作任务', '⇥完成时限', '⇥牵头单位', '⇥配合单位', '', '⇥1', '⇥修订预案', '⇥6月底', '⇥县应急局', '⇥县水利局、县林业局', ''),
    );
    expect(warnings).toEqual([]);
    expect(tables).toEqual([
      {
        title: '一、重点工作',
        header: ['编号', '工作任务', '完成时限', '牵头单位', '配合单位'],
        columns: [
          { label: '编号', role: 'seq' },
          { label: '工作任务', role: 'group' },
          { label: '完成时限', role: 'deadline' },
          { label: '牵头单位', role: 'lead' },
          { label: '配合单位', role: 'support' },
        ],
        rows: [{ cells: [{ text: '1' }, { text: '修订预案' }, { text: '6月底' }, { text: '县应急局' }, { text: '县水利局、县林业局' }], position: { kind: 'line', line: 10 } }],
        position: { kind: 'line', line: 4 },
      },
    ]);
  });

  it('keeps header labels as written but gives columns their compact label', () => {
    const { tables } = read(doc('⇥序  号', '⇥名\u2002\u2002称', '⇥责任单位', '', '⇥1', '⇥甲', '⇥乙'));
    expect(tables[0].header).toEqual(['序  号', '名\u2002\u2002称', '责任单位']);
    expect(tables[0].columns.map((c) => c.label)).toEqual(['序号', '名称', '责任单位']);
    expect(tables[0].title).toBe('');
  });

  it('joins a cell’s further paragraphs with a line feed, whether or not a blank line comes between', () => {
    const { tables, warnings } = read(
      doc('⇥序号', '⇥内容', '⇥完成时间', '⇥责任单位', '', '⇥1', '⇥第一段', '第二段', '⇥2025年', '', '2026年', '⇥县应急局', '', '⇥2', '⇥乙', '⇥2027年', '⇥县公安局', ''),
    );
    expect(warnings).toEqual([]);
    expect(cells(tables[0])).toEqual([
      ['1', '第一段\n第二段', '2025年\n2026年', '县应急局'],
      ['2', '乙', '2027年', '县公安局'],
    ]);
  });

  it('takes a paragraph after a blank line into the last cell when another row of the table follows', () => {
    const { tables } = read(doc('⇥序号', '⇥责任单位', '⇥备注', '', '⇥1', '⇥县应急局', '⇥第一段', '', '第二段', '', '⇥2', '⇥县公安局', '⇥'));
    expect(cells(tables[0])).toEqual([
      ['1', '县应急局', '第一段\n第二段'],
      ['2', '县公安局', ''],
    ]);
  });

  it('ends the table at the text after it, and keeps that text out of the cells', () => {
    const { tables, warnings } = read(
      doc('⇥序号', '⇥责任单位', '', '⇥1', '⇥县应急局', '', '四、保障措施', '', '⇥（一）强化组织领导。', '', '⇥（二）强化督查。'),
    );
    expect(warnings).toEqual([]);
    expect(cells(tables[0])).toEqual([['1', '县应急局']]);
  });

  it('reads several tables, each under the heading line before it, even with blank lines between', () => {
    const { tables } = read(
      doc('一、指标', '⇥序号', '⇥责任单位', '', '⇥1', '⇥甲', '', '', '二、措施', '', '', '⇥序号', '⇥责任单位', '', '⇥1', '⇥乙', '', '⇥序号', '⇥责任单位', '', '⇥1', '⇥丙'),
    );
    expect(tables.map((t) => [t.title, t.position, cells(t)])).toEqual([
      ['一、指标', { kind: 'line', line: 2 }, [['1', '甲']]],
      ['二、措施', { kind: 'line', line: 12 }, [['1', '乙']]],
      // A header straight after a row starts a new table with no heading of its own.
      ['', { kind: 'line', line: 18 }, [['1', '丙']]],
    ]);
  });

  it('keeps a blank 名称 cell blank, without a merge mark: the tasks layer fills it down', () => {
    const { tables } = read(doc('⇥序号', '⇥名称', '⇥责任单位', '', '⇥1', '⇥强化责任', '⇥甲', '', '⇥2', '⇥', '⇥乙'));
    expect(tables[0].rows[1].cells).toEqual([{ text: '2' }, { text: '' }, { text: '乙' }]);
  });

  it('adds back the empty last cell that the export drops at the very end of the file, silently', () => {
    const { tables, warnings } = read(doc('⇥序号', '⇥责任单位', '⇥备注', '', '⇥1', '⇥县应急局', ' '));
    expect(warnings).toEqual([]);
    expect(cells(tables[0])).toEqual([['1', '县应急局', '']]);
  });

  it('pads a short row inside the table and reports it', () => {
    const { tables, warnings } = read(doc('标题', '⇥序号', '⇥责任单位', '⇥备注', '', '⇥1', '⇥甲', '', '⇥2', '⇥乙', '⇥', ''));
    expect(cells(tables[0])).toEqual([
      ['1', '甲', ''],
      ['2', '乙', ''],
    ]);
    expect(warnings).toEqual([
      {
        code: 'ragged-row',
        message: '第 2 行的表格「标题」第 6 行开始的一行只有 2 个单元格，表格有 3 列：已在行末补空单元格，请核对该行是否错位。',
        at: { line: 6, rest: '只有 2 个单元格，表格有 3 列：已在行末补空单元格，请核对该行是否错位。' },
        args: { cells: 2, columns: 3 },
      },
    ]);
  });

  it('folds the surplus of a long row into its last cell and reports it', () => {
    const { tables, warnings } = read(doc('⇥序号', '⇥责任单位', '', '⇥1', '⇥甲', '⇥乙', '', '⇥2', '⇥丙', '', '⇥3', '⇥丁'));
    expect(cells(tables[0])).toEqual([
      ['1', '甲\n乙'],
      ['2', '丙'],
      ['3', '丁'],
    ]);
    expect(warnings).toEqual([
      {
        code: 'ragged-row',
        message: '第 1 行的表格第 4 行开始的一行有 3 个单元格，比表格的 2 列多：多出的内容已并入最后一列，请核对。',
        at: { line: 4, rest: '有 3 个单元格，比表格的 2 列多：多出的内容已并入最后一列，请核对。' },
        args: { cells: 3, columns: 2 },
      },
    ]);
  });

  it('reads a heading label over two columns as task heading + content, and reports the guess', () => {
    const { tables, warnings } = read(doc('⇥行动名称', '⇥重点任务', '⇥责任单位', '', '⇥一、行动', '⇥1.任务', '⇥措施', '⇥区应急局'));
    expect(tables[0].columns).toEqual([
      { label: '行动名称', role: 'group' },
      { label: '重点任务', role: 'group' },
      { label: '重点任务', role: 'content' },
      { label: '责任单位', role: 'units' },
    ]);
    expect(warnings).toEqual([
      {
        code: 'header-span',
        message: '第 1 行的表格的表头比数据行少一列：按表头「重点任务」横跨两列读取（前一列为任务名称，后一列为任务内容），请核对。',
        at: { line: 1, rest: '的表头比数据行少一列：按表头「重点任务」横跨两列读取（前一列为任务名称，后一列为任务内容），请核对。' },
        args: { label: '重点任务', group: 1 },
      },
    ]);
  });

  it('spreads a content label over two columns when the header has no heading label', () => {
    const { tables, warnings } = read(doc('⇥序号', '⇥具体措施', '⇥责任单位', '', '⇥1', '⇥甲', '⇥乙', '⇥县应急局'));
    expect(tables[0].columns.map((c) => c.role)).toEqual(['seq', 'content', 'content', 'units']);
    expect(warnings).toEqual([
      {
        code: 'header-span',
        message: '第 1 行的表格的表头比数据行少一列：按表头「具体措施」横跨两列读取（两列都按内容读取），请核对。',
        at: { line: 1, rest: '的表头比数据行少一列：按表头「具体措施」横跨两列读取（两列都按内容读取），请核对。' },
        args: { label: '具体措施', group: 0 },
      },
    ]);
  });

  it('keeps columns the header has no label for as unlabelled, and reports them', () => {
    const { tables, warnings } = read(doc('⇥序号', '⇥责任单位', '', '⇥1', '⇥甲', '⇥乙', '⇥丙'));
    expect(tables[0].columns).toEqual([
      { label: '序号', role: 'seq' },
      { label: '责任单位', role: 'units' },
      { label: '', role: 'other' },
      { label: '', role: 'other' },
    ]);
    expect(cells(tables[0])).toEqual([['1', '甲', '乙', '丙']]);
    expect(warnings).toEqual([
      {
        code: 'header-short',
        message: '第 1 行的表格的表头只有 2 个列名，数据行却有 4 列：多出的 2 列没有列名，已放在最后，请核对。',
        at: { line: 1, rest: '的表头只有 2 个列名，数据行却有 4 列：多出的 2 列没有列名，已放在最后，请核对。' },
        args: { labels: 2, columns: 4, extra: 2 },
      },
    ]);
  });

  it('reports a table whose header it does not recognise, once, and reads nothing from it', () => {
    const { tables, warnings } = read(doc('表一', '⇥项目', '⇥金额', '', '⇥甲', '⇥1', '', '⇥乙', '⇥2'));
    expect(tables).toEqual([]);
    expect(warnings).toEqual([
      {
        code: 'table-without-header',
        message: '第 2 行起像是一张表格，但没有认出表头（需要「责任单位」「牵头单位」或「配合单位」等列名），未读取。',
        args: { line: 2 },
      },
    ]);
  });

  it('reports each headerless table once, and a row straight after a table as that table’s', () => {
    const { tables, warnings } = read(
      doc('⇥项目', '⇥金额', '', '⇥甲', '⇥1', '', '表二', '⇥项目', '⇥金额', '', '一、任务', '⇥序号', '⇥责任单位', '', '⇥1', '⇥甲', '', '⇥序', '⇥乙', '⇥丙'),
    );
    expect(cells(tables[0])).toEqual([
      ['1', '甲'],
      ['序', '乙\n丙'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      '第 1 行起像是一张表格，但没有认出表头（需要「责任单位」「牵头单位」或「配合单位」等列名），未读取。',
      '第 8 行起像是一张表格，但没有认出表头（需要「责任单位」「牵头单位」或「配合单位」等列名），未读取。',
      '第 12 行的表格「一、任务」第 18 行开始的一行有 3 个单元格，比表格的 2 列多：多出的内容已并入最后一列，请核对。',
    ]);
  });

  it('reports a header with no rows under it', () => {
    const { tables, warnings } = read(doc('一、空表', '⇥序号', '⇥责任单位', '', '下文。'));
    expect(tables[0].rows).toEqual([]);
    expect(warnings).toEqual([{ code: 'empty-table', message: '第 2 行的表格「一、空表」只有表头，没有数据行。', at: { line: 2, rest: '只有表头，没有数据行。' } }]);
  });

  it('finds nothing in body text, even when its paragraphs begin with a tab', () => {
    expect(read(doc('一、总体要求', '⇥各单位要落实责任。', '', '⇥（一）强化领导。'))).toEqual({ tables: [], warnings: [] });
  });
});
