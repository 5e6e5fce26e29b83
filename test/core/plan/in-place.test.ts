// 分析当前表格's plan: a grid as the clerk has it on a sheet, its flags turned into marks on the
// clerk's own cells, and 审核问题 linking there rather than to an import sheet.

import { analyse } from '../../../src/core/analyse';
import { cellMarks, clerkCell, planInPlace } from '../../../src/core/plan/in-place';
import { documentFromGrid } from '../../../src/core/tables/range-table';

/** The table pasted at C4 of 分工表: header on worksheet row 4, data from row 5, first column C (2). */
const GRID = [
  ['序号', '工作任务', '完成时间', '责任单位'],
  ['1', '开展隐患排查', '2025年6月底前', ''],
  ['2', '加强执法检查', '长期坚持', '县应急管理局、县应急管理局'],
  ['3', '组织培训', '2025年12月底前', '县人社局'],
];
const ORIGIN = { sheet: '分工表', left: 2 };

function analysed() {
  const read = documentFromGrid({ source: '分工表!C4:F7', firstRow: 4, values: GRID });
  if (!read.ok) throw new Error(read.error.message);
  return analyse([read.value]);
}

describe('analysis in place', () => {
  test('a flag is found again on the clerk’s cell: its table row’s worksheet line and its column counted from the grid’s first', () => {
    const analysis = analysed();
    const blank = analysis.flags.find((flag) => flag.code === 'blank-unit');
    expect(blank && clerkCell(analysis, blank, ORIGIN)).toEqual({ sheet: '分工表', target: { row: 4, column: 5 } });
  });

  test('each flagged cell gets one mark, coloured by its worst flag, with every flag’s reason in its note', () => {
    const analysis = analysed();
    const marks = cellMarks(analysis, ORIGIN);
    const flagged = new Set(analysis.flags.map((flag) => `${clerkCell(analysis, flag, ORIGIN)?.target.row}/${clerkCell(analysis, flag, ORIGIN)?.target.column}`));
    expect(marks.map((mark) => `${mark.row}/${mark.column}`)).toEqual([...flagged].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const blank = marks.find((mark) => mark.row === 4 && mark.column === 5);
    expect(blank).toMatchObject({ severity: 'error', fill: 'FFC7CE' });
    expect(blank?.note).toMatch(/^【责任单位空白】/);
    const repeated = marks.find((mark) => mark.row === 5 && mark.column === 5);
    expect(repeated?.note).toContain('县应急管理局');
    for (const mark of marks) {
      const here = analysis.flags.filter((flag) => clerkCell(analysis, flag, ORIGIN)?.target.row === mark.row && clerkCell(analysis, flag, ORIGIN)?.target.column === mark.column);
      expect(mark.note.split('\n').filter((line) => line.startsWith('【'))).toHaveLength(here.length);
    }
  });

  test('审核问题 links each flag to the clerk’s cell, 单位汇总 sits beside it, and neither takes a name already in the workbook', () => {
    const analysis = analysed();
    const { plan, flagsSheet } = planInPlace(analysis, ORIGIN, { existingSheetNames: ['分工表', '审核问题-分工表'], existingTableNames: ['Flags'] });
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['审核问题-分工表(2)', '单位汇总-分工表']);
    expect(flagsSheet).toBe('审核问题-分工表(2)');
    expect(plan.sheets[0]?.table?.name).toBe('Flags_2');
    const links = plan.sheets[0]?.rows.slice(1).map((row) => row[4]);
    expect(links).toHaveLength(analysis.flags.length);
    for (const link of links ?? []) expect(link).toMatchObject({ kind: 'link', sheet: '分工表' });
    expect(links).toContainEqual(expect.objectContaining({ text: '分工表 F5', target: { row: 4, column: 5 } }));
  });

  test('a clean table gets no mark and a 审核问题 that says so', () => {
    const read = documentFromGrid({ source: 'A1:D2', firstRow: 1, values: [GRID[0] ?? [], ['1', '组织培训', '2025年12月底前', '县人社局']] });
    if (!read.ok) throw new Error(read.error.message);
    const analysis = analyse([read.value]);
    const { marks, plan } = planInPlace(analysis, ORIGIN);
    expect(analysis.flags).toEqual([]);
    expect(marks).toEqual([]);
    expect(plan.sheets[0]?.rows[1]).toEqual([expect.objectContaining({ text: '未发现问题。' })]);
  });

  test('with two tables on the sheet, a flag of the second is marked on its own row', () => {
    const values = [
      ['一、核心指标', '', '', ''],
      ['序号', '指标', '目标值', '责任单位'],
      ['1', '生产安全事故死亡人数', '同比下降', '县应急局'],
      ['二、重点任务', '', '', ''],
      ['序号', '工作任务', '完成时间', '责任单位'],
      ['1', '开展隐患排查', '2025年6月底前', ''],
    ];
    const read = documentFromGrid({ source: '分工表!A1:D6', firstRow: 1, values });
    if (!read.ok) throw new Error(read.error.message);
    const analysis = analyse([read.value]);
    const blank = cellMarks(analysis, { sheet: '分工表', left: 0 }).filter((mark) => mark.note.startsWith('【责任单位空白】'));
    expect(blank.map(({ row, column }) => [row, column])).toEqual([[5, 3]]);
  });
});
