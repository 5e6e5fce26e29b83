import { cellValues } from '../../../src/core/plan/cell-values';
import { planWorkbook } from '../../../src/core/plan/workbook';
import type { CellPlan, SheetPlan, WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { DIRECTORY_ROWS, sampleAnalysis } from './analysis-fixture';

const TITLE = '2025年全区安全生产工作要点';
const LONG_TITLE = '2025年重庆市璧山区安全生产、防灾减灾救灾和森林草原消防工作要点';

/** The sample with its first document's own title read. */
function titledPlan(title: string): WorkbookPlan {
  const analysis = sampleAnalysis();
  analysis.documents[0] = { ...analysis.documents[0], title };
  return planWorkbook(analysis, { directoryRows: DIRECTORY_ROWS });
}

function plan(options: Partial<Parameters<typeof planWorkbook>[1]> = {}): WorkbookPlan {
  return planWorkbook(sampleAnalysis(), { directoryRows: DIRECTORY_ROWS, ...options });
}

function sheet(p: WorkbookPlan, name: string): SheetPlan {
  const found = p.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${p.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

function cell(s: SheetPlan, row: number, column: number): CellPlan | null {
  return s.rows[row]?.[column] ?? null;
}

describe('planWorkbook', () => {
  test('the sheets come in a fixed order, and a document without a table gets no import sheet', () => {
    expect(plan().sheets.map((s) => s.name)).toEqual(['说明', '工作要点', '审核问题', '单位汇总', '责任矩阵', '单位名录', '进展汇总']);
  });

  test('the reader warning of a document without a table shows on 说明', () => {
    const values = cellValues(plan())['说明'] ?? [];
    const row = values.find((r) => r[2] === '通知.txt');
    expect(row?.[7]).toBe('没有找到分工表。');
  });

  test('a document with its own title is named by it: the import sheet, the 来源 columns, and 说明 beside the file name', () => {
    const p = titledPlan(TITLE);
    expect(p.sheets.map((s) => s.name)).toEqual(['说明', TITLE, '审核问题', '单位汇总', '责任矩阵', '单位名录', '进展汇总']);
    const values = cellValues(p);
    expect(values[TITLE]?.slice(1).map((r) => r[0])).toEqual([TITLE, TITLE, TITLE]);
    expect(values['审核问题']?.slice(1).map((r) => r[2])).toEqual([TITLE, TITLE]);
    expect(values['说明']?.find((r) => r[0] === '文件1')?.slice(0, 3)).toEqual(['文件1', TITLE, '工作要点.txt']);
    expect(values['说明']?.find((r) => r[0] === '文件2')?.slice(0, 3)).toEqual(['文件2', null, '通知.txt']);
  });

  test('a title too long for a sheet name keeps its year and subject at the start and its kind of plan at the end', () => {
    const p = titledPlan(LONG_TITLE);
    expect(p.sheets[1]?.name).toBe('2025年重庆市璧山区安全生产、防灾减灾救灾和森…消防工作要点');
    expect(cellValues(p)[p.sheets[1]?.name ?? '']?.[1]?.[0]).toBe(LONG_TITLE);
  });

  test('an import sheet holds one task per row with the heading filled down and units split', () => {
    const values = cellValues(plan())['工作要点'];
    expect(values?.[0]).toEqual(['来源', '表格', '序号', '任务名称', '内容', '完成时间', '责任单位（原文）', '牵头单位', '配合单位', '问题']);
    expect(values?.[1]).toEqual(['工作要点', '二、重点整治任务', '1', '交通运输领域', '=SUM(1)', '1-2月', '区应急局、区公安分局', '区应急局', '区公安分局', null]);
    expect(values?.[2]?.[3]).toBe('交通运输领域');
  });

  test('document text is always a text cell, however much it looks like a formula, date or number', () => {
    const imported = sheet(plan(), '工作要点');
    const texts = ['1', '=SUM(1)', '1-2月', '森林火灾受害率0.3‰以内', '2025年6月底前', '+86 热线 @值班 -5%', '\t全年'];
    const cells = imported.rows.flat().filter((c): c is CellPlan => c !== null);
    for (const t of texts) expect(cells.find((c) => c.kind === 'text' && c.text === t)).toBeDefined();
    expect(cells.filter((c) => c.kind === 'number')).toEqual([]);
  });

  test('the import sheet is an Excel table with a frozen header, printed A4 landscape one page wide', () => {
    const imported = sheet(plan(), '工作要点');
    expect(imported.table).toEqual({ name: 'Import_1', range: { top: 0, left: 0, bottom: 3, right: 9 } });
    expect(imported.frozen).toEqual({ rows: 1, columns: 0 });
    expect(imported.print).toEqual({ paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 });
  });

  test('a flagged cell is coloured by severity and carries a note explaining the flag', () => {
    const imported = sheet(plan(), '工作要点');
    expect(cell(imported, 2, 6)).toEqual({
      kind: 'text',
      text: '各镇街',
      styles: ['wrap', 'warning'],
      note: '【只写了统称（如各镇街）】责任单位只有群体「各镇街」，没有具体的牵头单位。\n建议：补充一个具体的牵头单位。',
    });
    expect(cell(imported, 2, 9)).toEqual({ kind: 'text', text: '只写了统称（如各镇街）', styles: ['wrap', 'warning'] });
    expect(cell(imported, 3, 3)).toMatchObject({ styles: ['wrap', 'error'], note: '【责任单位空白】示例：任务名称列的问题。' });
  });

  test('审核问题 lists the worst flag first, links to the flagged cell and offers a status dropdown', () => {
    const flags = sheet(plan(), '审核问题');
    expect(cellValues(plan())['审核问题']?.map((r) => r[1])).toEqual(['问题类型', '责任单位空白', '只写了统称（如各镇街）']);
    expect(cell(flags, 1, 0)).toEqual({ kind: 'text', text: '严重', styles: ['center', 'error'] });
    expect(cell(flags, 2, 4)).toEqual({ kind: 'link', text: '工作要点 G3', sheet: '工作要点', target: { row: 2, column: 6 }, styles: ['wrap', 'link'] });
    expect(cell(flags, 2, 8)).toMatchObject({ kind: 'text', text: '待处理' });
    expect(flags.validations).toEqual([{ range: { top: 1, bottom: 2, left: 8, right: 8 }, values: ['待处理', '已确认', '忽略'] }]);
    expect(flags.table?.name).toBe('Flags');
  });

  test('单位汇总 sorts bureaus by load, keeps groups apart and lists idle directory bureaus', () => {
    const values = cellValues(plan())['单位汇总'] ?? [];
    expect(values[0]).toEqual(['单位', '类型', '牵头', '配合', '经由统称', '合计（牵头+配合）', '文件1·二、重点整治任务', '备注']);
    expect(values.slice(1).map((r) => r[0])).toEqual(['区公安分局', '区应急局', '区民政局', null, '统称与泛指（不指向具体单位，不计入单位负担）', '各镇街']);
    expect(values[1]).toEqual(['区公安分局', '单位', 1, 1, 0, 2, 2, null]);
    expect(values[3]?.[7]).toBe('名录中有，未分配任务');
  });

  test('责任矩阵 marks 牵 and 配, freezes both axes and links each task to its import row', () => {
    const matrix = sheet(plan(), '责任矩阵');
    expect(cellValues(plan())['责任矩阵']?.[1]).toEqual(['文件1·二、重点整治任务', '1', '交通运输领域：=SUM(1)', '配', '牵', null]);
    expect(matrix.frozen).toEqual({ rows: 1, columns: 3 });
    expect(cell(matrix, 3, 2)).toMatchObject({ kind: 'link', sheet: '工作要点', target: { row: 3, column: 4 } });
  });

  test('单位名录 holds the directory rows as text, header first', () => {
    expect(cellValues(plan())['单位名录']).toEqual(DIRECTORY_ROWS.map((r) => r.map((v) => (v === '' ? null : v))));
  });

  test('per-table import sheets are named after the table headings', () => {
    expect(plan({ importSheets: 'table' }).sheets[1]?.name).toBe('二、重点整治任务');
  });

  test('unit sheets, when asked, list each bureau\'s tasks', () => {
    const names = plan({ unitSheets: true }).sheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual(['任务-区公安分局', '任务-区应急局']);
  });

  test('names already in the workbook are never clobbered, and the links follow the new names', () => {
    const p = plan({ existingSheetNames: ['审核问题', '工作要点'], existingTableNames: ['flags'] });
    expect(p.sheets.map((s) => s.name)).toEqual(['说明', '工作要点(2)', '审核问题(2)', '单位汇总', '责任矩阵', '单位名录', '进展汇总']);
    expect(cell(sheet(p, '审核问题(2)'), 2, 4)).toMatchObject({ kind: 'link', sheet: '工作要点(2)', text: '工作要点(2) G3' });
    expect(sheet(p, '审核问题(2)').table?.name).toBe('Flags_2');
  });

  test('the same analysis gives the same plan every time', () => {
    expect(JSON.stringify(plan({ unitSheets: true }))).toBe(JSON.stringify(plan({ unitSheets: true })));
  });

  test('no row is wider than its sheet declares, and every style used is defined', () => {
    const p = plan({ unitSheets: true });
    for (const s of p.sheets) {
      for (const row of s.rows) expect(row.length).toBeLessThanOrEqual(s.columns.length);
      for (const c of s.rows.flat()) for (const style of c?.styles ?? []) expect(p.styles[style]).toBeDefined();
    }
  });
});
