import type { Workbook } from 'exceljs';
import { planBureauWorkbooks } from '../../src/core/plan/bureau-workbooks';
import { cellValues } from '../../src/core/plan/cell-values';
import { planWorkbook } from '../../src/core/plan/workbook';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { DIRECTORY_ROWS, sampleAnalysis } from '../core/plan/analysis-fixture';
import { loadWorkbook, partXml, readValues, sheetPartName } from './read-back';

const plan = planWorkbook(sampleAnalysis(), { directoryRows: DIRECTORY_ROWS, unitSheets: true });
let bytes: Uint8Array;
let book: Workbook;

beforeAll(async () => {
  bytes = await renderXlsx(plan);
  book = await loadWorkbook(bytes);
});

function cellAt(sheet: string, address: string) {
  const worksheet = book.getWorksheet(sheet);
  if (!worksheet) throw new Error(`no sheet ${sheet}`);
  return worksheet.getCell(address);
}

describe('renderXlsx', () => {
  test('the workbook has the plan\'s sheets in order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  test('every value reads back exactly as cellValues(plan) says', () => {
    expect(readValues(book, plan)).toEqual(cellValues(plan));
  });

  test.each([
    ['a formula-looking text', 'E2', '=SUM(1)'],
    ['a month range', 'F2', '1-2月'],
    ['a deadline', 'F3', '2025年6月底前'],
    ['a per-mille target', 'E3', '森林火灾受害率0.3‰以内'],
    ['text starting with + @ -', 'E4', '+86 热线 @值班 -5%'],
    ['text starting with a tab', 'F4', '\t全年'],
    ['a sequence number', 'C2', '1'],
  ])('%s is written as a string cell in text format', (_, address, expected) => {
    const cell = cellAt('工作要点', address);
    expect(cell.value).toBe(expected);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
  });

  test('no cell anywhere is a formula', async () => {
    for (const sheet of plan.sheets) expect(await partXml(bytes, await sheetPartName(bytes, sheet.name))).not.toMatch(/<f[ >]/);
  });

  test.each([
    ['header', '工作要点', 'A1', { bold: true, fill: 'FFD9E1F2' }],
    ['warning', '工作要点', 'G3', { bold: undefined, fill: 'FFFFEB9C' }],
    ['error', '审核问题', 'A2', { bold: undefined, fill: 'FFFFC7CE' }],
    ['title', '任务-区公安分局', 'A1', { bold: true, fill: undefined }],
  ])('the %s style is painted', (_, sheet, address, expected) => {
    const cell = cellAt(sheet, address);
    const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
    expect({ bold: cell.font?.bold, fill }).toEqual(expected);
  });

  test('a flagged cell carries its note', () => {
    const note = cellAt('工作要点', 'G3').note;
    const textOf = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    expect(textOf).toBe('【只写了统称（如各镇街）】责任单位只有群体「各镇街」，没有具体的牵头单位。\n建议：补充一个具体的牵头单位。');
  });

  test('a link on 审核问题 jumps inside the workbook and opens no file', async () => {
    const part = await sheetPartName(bytes, '审核问题');
    expect(await partXml(bytes, part)).toContain('<hyperlink ref="E3" location="&apos;工作要点&apos;!G3"/>');
    const rels = await partXml(bytes, part.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).not.toContain('hyperlink');
  });

  test('the import sheet, 审核问题 (with its hidden 问题键), 单位名录 and 进展汇总 are Excel tables with filter buttons', async () => {
    const tables = await Promise.all([1, 2, 3, 4].map((n) => partXml(bytes, `xl/tables/table${n}.xml`)));
    expect(tables.map((xml) => [/ name="([^"]+)"/.exec(xml)?.[1], / ref="([^"]+)"/.exec(xml)?.[1], xml.includes('<autoFilter')])).toEqual([
      ['Import_1', 'A1:J4', true],
      ['Flags', 'A1:J3', true],
      ['Directory', 'A1:D4', true],
      ['Progress', expect.stringMatching(/^A1:Q\d+$/), true],
    ]);
  });

  test('处理状态 offers the dropdown 待处理/已确认/忽略', () => {
    expect(cellAt('审核问题', 'I3').dataValidation).toMatchObject({ type: 'list', formulae: ['"待处理,已确认,忽略"'] });
    expect(cellAt('审核问题', 'H3').dataValidation).toBeUndefined();
  });

  test('panes are frozen as planned', () => {
    expect(book.getWorksheet('责任矩阵')?.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(book.getWorksheet('工作要点')?.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
  });

  test('a bureau sheet prints A4 landscape, one page wide, title and header repeated, title merged', () => {
    const sheet = book.getWorksheet('任务-区公安分局');
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    expect(sheet?.getCell('J1').isMerged).toBe(true);
  });

  test('column widths and row heights follow the plan', () => {
    const sheet = book.getWorksheet('工作要点');
    expect(sheet?.getColumn(5).width).toBe(50);
    const planned = plan.sheets.find((s) => s.name === '工作要点')?.rowHeights;
    expect(planned?.map((_, i) => sheet?.getRow(i + 1).height)).toEqual(planned);
  });

  test('the same plan gives the same bytes, whatever the clock says', async () => {
    const [bureau] = planBureauWorkbooks(sampleAnalysis());
    if (!bureau) throw new Error('no bureau workbook');
    const first = await renderXlsx(bureau.plan);
    jest.useFakeTimers({ now: new Date(Date.UTC(2031, 5, 1)), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      expect(Buffer.from(await renderXlsx(bureau.plan)).equals(Buffer.from(first))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('the package around the sheets', () => {
  test('holds a theme, related from the workbook and typed, whose colour scheme has every colour styles.xml names by theme index', async () => {
    const rels = await partXml(bytes, 'xl/_rels/workbook.xml.rels');
    expect(rels).toMatch(/Type="[^"]+\/relationships\/theme" Target="theme\/theme1.xml"/);
    expect(await partXml(bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>');
    const theme = await partXml(bytes, 'xl/theme/theme1.xml');
    const scheme = /<a:clrScheme[^>]*>([\s\S]*?)<\/a:clrScheme>/.exec(theme)?.[1] ?? '';
    const colours = scheme.match(/<a:(dk1|lt1|dk2|lt2|accent\d|hlink|folHlink)>/g) ?? [];
    expect(colours).toHaveLength(12);
    const used = [...(await partXml(bytes, 'xl/styles.xml')).matchAll(/theme="(\d+)"/g)].map((m) => Number(m[1]));
    expect(used.length).toBeGreaterThan(0);
    for (const index of used) expect(index).toBeLessThan(colours.length);
  });

  test('keeps the sheets’ relationship ids where workbook.xml points (rId3 onwards)', async () => {
    const rels = await partXml(bytes, 'xl/_rels/workbook.xml.rels');
    plan.sheets.forEach((_, i) => expect(rels).toContain(`Id="rId${i + 3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"`));
  });
});

describe('a returnable bureau workbook as .xlsx', () => {
  test('is protected without a password, with the key and unit columns hidden and only the fill-in cells unlocked', async () => {
    const [police] = planBureauWorkbooks(sampleAnalysis());
    if (!police) throw new Error('no bureau workbook');
    const file = await renderXlsx(police.plan);
    const xml = await partXml(file, await sheetPartName(file, '区公安分局'));
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
    expect(xml).toMatch(/<col min="14" max="14" [^>]*hidden="1"/);
    expect(xml).toMatch(/<col min="15" max="15" [^>]*hidden="1"/);
    const loaded = await loadWorkbook(file);
    const sheet = loaded.getWorksheet('区公安分局');
    expect([sheet?.getCell('J4').protection?.locked, sheet?.getCell('M5').protection?.locked]).toEqual([false, false]);
    expect(sheet?.getCell('F4').protection?.locked).not.toBe(false);
    expect(sheet?.getCell('J4').dataValidation).toMatchObject({ type: 'list', formulae: ['"未开始,推进中,已完成,无法完成"'] });
  });
});
