// 分析当前表格 and 清除标记 against the fake workbook: a seed table pasted into a sheet the clerk has
// already coloured and commented, analysed where it stands (values untouched, marks on exactly the
// flagged cells), analysed again (no sheet twice, 处理状态 kept), and cleared back to the sheet as it
// was, fills and comments included.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { cellMarks } from '../../src/core/plan/in-place';
import { readDocument } from '../../src/core/read';
import { documentFromGrid } from '../../src/core/tables/range-table';
import { clearMarks } from '../../src/excel/clear-marks';
import { writeFlagStatus } from '../../src/excel/flag-cells';
import { markInPlace } from '../../src/excel/mark-cells';
import { MARKS_KEY } from '../../src/excel/mark-store';
import { readSelectedCells } from '../../src/excel/selection';
import { analyseInPlace, clearInPlace, type InPlaceAccess } from '../../src/taskpane/in-place';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { FakeExcel } from '../excel/fake-excel';

const SEED = join(__dirname, '../../seeds/000_bfdfd6760bd5685d.txt');
const SHEET = '分工表';
/** The table is pasted with its header on row 3 and its first column in B. */
const TOP = 2;
const LEFT = 1;

function access(excel: FakeExcel): InPlaceAccess {
  const context = excel.requestContext;
  return {
    readSelection: () => readSelectedCells(context),
    mark: (sheetId, planFor) => markInPlace(context, sheetId, planFor),
    clear: () => clearMarks(context),
  };
}

/** The seed's first table as a clerk pastes it: header and rows as text, a title above it. */
async function pastedSeed(): Promise<{ excel: FakeExcel; grid: string[][] }> {
  const read = await readDocument('000.txt', readFileSync(SEED));
  if (!read.ok) throw new Error(read.error.message);
  const table = read.value.tables[0];
  if (!table) throw new Error('the seed has no table');
  const grid = [table.columns.map((column) => column.label), ...table.rows.map((row) => row.cells.map((cell) => cell.text))];
  const excel = new FakeExcel([SHEET, '我的台账']);
  const sheet = excel.sheet(SHEET);
  sheet.cell(0, 0).value = '附件：重点任务分工表';
  grid.forEach((row, r) => row.forEach((text, c) => (sheet.cell(TOP + r, LEFT + c).value = text)));
  excel.sheet('我的台账').cell(0, 0).value = '自己的记录';
  excel.selection = { sheet: SHEET, top: TOP, left: LEFT, rows: grid.length, columns: grid[0]?.length ?? 0 };
  return { excel, grid };
}

/** Where the marks must go: the core's own marks for the grid at B3. */
function expectedMarks(grid: string[][]) {
  const read = documentFromGrid({ source: SHEET, firstRow: TOP + 1, values: grid });
  if (!read.ok) throw new Error(read.error.message);
  return cellMarks(analyse([read.value]), { sheet: SHEET, left: LEFT });
}

/** Everything a clerk could see of a sheet: values, and each cell's format (fills included), cell by cell. */
function sheetState(excel: FakeExcel, name: string) {
  const cells = [...excel.sheet(name).cells()]
    .filter((cell) => cell.value !== '' || Object.keys(cell.format).length > 0)
    .map(({ row, column, value, format }) => ({ row, column, value, format }));
  return { cells, comments: excel.comments.filter((c) => c.address.startsWith(`'${name}'!`)).map(({ address, text }) => ({ address, text })) };
}

const fillAt = (excel: FakeExcel, row: number, column: number) => excel.sheet(SHEET).peek(row, column)?.format['fill.color'];

describe('分析当前表格 on a pasted seed table', () => {
  test('marks exactly the flagged cells, changes no value, and writes 审核问题 and 单位汇总 beside it with links to the clerk’s cells', async () => {
    const { excel, grid } = await pastedSeed();
    const marks = expectedMarks(grid);
    expect(marks.length).toBeGreaterThanOrEqual(5);
    const valuesBefore = excel.sheet(SHEET).grid(TOP + grid.length + 2, LEFT + 12);

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(run.outcome).toMatchObject({ kind: 'ok', next: { problems: run.flags.length, sheet: `审核问题-${SHEET}` } });
    // One line of counts; where the sheets went waits behind 「详细信息」.
    expect(run.outcome.lines).toHaveLength(1);
    expect(run.outcome.details?.[0]).toMatch(new RegExp(`^问题清单写在「审核问题-${SHEET}」`));
    expect(excel.sheet(SHEET).grid(TOP + grid.length + 2, LEFT + 12)).toEqual(valuesBefore);
    const filled = [...excel.sheet(SHEET).cells()].filter((cell) => cell.format['fill.color'] !== undefined);
    expect(filled.map(({ row, column, format }) => ({ row, column, fill: format['fill.color'] }))).toEqual(marks.map(({ row, column, fill }) => ({ row, column, fill: `#${fill}` })));
    expect(excel.comments.map((c) => c.address)).toEqual(marks.map((mark) => `'${SHEET}'!${String.fromCharCode(65 + mark.column)}${mark.row + 1}`));
    expect(excel.comments.map((c) => c.text)).toEqual(marks.map((mark) => mark.note));
    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET, '我的台账', `审核问题-${SHEET}`, `单位汇总-${SHEET}`]);
    expect(excel.sheet('我的台账').writes).toBe(0);
    expect(excel.active).toBe(SHEET);
    // The 问题 panel's 定位 goes to the clerk's cells too.
    for (const flag of run.flags) expect(flag.target?.sheet).toBe(SHEET);
    expect(new Set(run.flags.map((f) => `${f.target?.row}/${f.target?.column}`))).toEqual(new Set(marks.map((m) => `${m.row}/${m.column}`)));
  });

  test('清除标记 gives back the sheet as it was, cell for cell: fills the clerk had, no fill where there was none, the clerk’s comment, and no added sheet', async () => {
    const { excel, grid } = await pastedSeed();
    const [first, second, third] = expectedMarks(grid);
    if (!first || !second || !third) throw new Error('the seed needs three flagged cells');
    const sheet = excel.sheet(SHEET);
    sheet.cell(first.row, first.column).format['fill.color'] = '#FFFF00';
    sheet.cell(second.row, second.column).format['fill.color'] = '#00B0F0';
    sheet.cell(second.row, second.column).format['fill.pattern'] = 'Gray25';
    excel.comments.push({ id: '{clerk}', address: `'${SHEET}'!${String.fromCharCode(65 + third.column)}${third.row + 1}`, text: '科室自己的批注' });
    sheet.cell(TOP, LEFT).format['font.bold'] = true;
    const before = { sheet: sheetState(excel, SHEET), sheets: excel.sheets.map((s) => s.name) };

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);
    expect(run.outcome.warnings).toContain('1 个问题单元格已有批注或备注，未再添加，问题说明见「审核问题-分工表」。');
    expect(fillAt(excel, first.row, first.column)).toBe(`#${first.fill}`);
    expect(excel.comments.find((c) => c.id === '{clerk}')?.text).toBe('科室自己的批注');

    const cleared = await clearInPlace(access(excel), () => undefined);
    expect(cleared).toMatchObject({ kind: 'ok', title: '已清除标记' });
    expect(sheetState(excel, SHEET)).toEqual(before.sheet);
    expect(excel.sheets.map((s) => s.name)).toEqual(before.sheets);
    expect(excel.settings.has(MARKS_KEY)).toBe(false);
    // Nothing left to clear is said plainly.
    expect(await clearInPlace(access(excel), () => undefined)).toMatchObject({ kind: 'ok', title: '没有需要清除的标记' });
  });

  test('analysing again replaces the marks and sheets instead of adding more, and keeps the 处理状态 the clerk set', async () => {
    const { excel } = await pastedSeed();
    const first = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);
    const flag = first.flags[0];
    if (!flag) throw new Error('no flag');
    expect(await writeFlagStatus(excel.requestContext, flag.key, '已确认')).toBe(true);
    const comments = excel.comments.length;

    const again = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(excel.sheets.map((s) => s.name)).toEqual([SHEET, '我的台账', `审核问题-${SHEET}`, `单位汇总-${SHEET}`]);
    expect(excel.comments).toHaveLength(comments);
    expect(again.flags.find((f) => f.key === flag.key)?.status).toBe('已确认');
  });

  test('a cell the clerk recoloured after the analysis keeps the clerk’s colour when the marks are cleared', async () => {
    const { excel, grid } = await pastedSeed();
    const [mark] = expectedMarks(grid);
    if (!mark) throw new Error('no mark');
    await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);
    excel.sheet(SHEET).cell(mark.row, mark.column).format['fill.color'] = '#92D050';

    const cleared = await clearInPlace(access(excel), () => undefined);

    expect(cleared.warnings).toEqual(['1 个单元格的颜色在标记后被改过，已保留现状。']);
    expect(fillAt(excel, mark.row, mark.column)).toBe('#92D050');
  });

  test('with the cursor in one cell of an Excel table, the whole table is analysed', async () => {
    const { excel, grid } = await pastedSeed();
    excel.sheet(SHEET).tables.push({ name: '分工', address: `B${TOP + 1}:${String.fromCharCode(65 + LEFT + (grid[0]?.length ?? 1) - 1)}${TOP + grid.length}`, hasHeaders: true });
    excel.selection = { sheet: SHEET, top: TOP + 4, left: LEFT + 1, rows: 1, columns: 1 };

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(run.outcome.kind).toBe('ok');
    expect(run.outcome.lines[0]).toMatch(new RegExp(`^${SHEET}!B3:`));
    expect([...excel.sheet(SHEET).cells()].filter((cell) => cell.format['fill.color'] !== undefined)).toHaveLength(expectedMarks(grid).length);
  });

  test('a protected sheet is refused with the reason, and nothing is written', async () => {
    const { excel } = await pastedSeed();
    excel.sheet(SHEET).protection = {};
    const names = excel.sheets.map((s) => s.name);

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(run.outcome).toMatchObject({ kind: 'failed', lines: [expect.stringContaining('受保护')] });
    expect(excel.sheet(SHEET).writes).toBe(0);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.settings.has(MARKS_KEY)).toBe(false);
  });

  test('when Excel refuses comments the fills stay, the reason is given, and 清除标记 still restores everything', async () => {
    const { excel } = await pastedSeed();
    const before = sheetState(excel, SHEET);
    excel.refuseComments = 'GeneralException: no author';

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(run.outcome.warnings.some((w) => w.includes('Excel 内部出错，没有说明原因'))).toBe(true);
    expect(run.outcome.details).toEqual([expect.stringMatching(/^问题清单写在/), 'GeneralException: no author']);
    expect([...excel.sheet(SHEET).cells()].some((cell) => cell.format['fill.color'] !== undefined)).toBe(true);
    await clearInPlace(access(excel), () => undefined);
    expect(sheetState(excel, SHEET)).toEqual(before);
  });

  test('a selection with no table header is refused with what to select', async () => {
    const excel = new FakeExcel([SHEET]);
    excel.sheet(SHEET).cell(0, 0).value = '随便写的';
    excel.selection = { sheet: SHEET, top: 0, left: 0, rows: 5, columns: 5 };

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    expect(run.outcome).toMatchObject({ kind: 'failed', title: '无法分析当前表格', lines: [expect.stringContaining('表头')] });
    expect(excel.sheet(SHEET).writes).toBe(0);
  });

  test('when Excel refuses one comment midway, the rest are still added, the refused cell is named, and 清除标记 removes them all', async () => {
    const { excel, grid } = await pastedSeed();
    const marks = expectedMarks(grid);
    const refused = marks[2];
    if (!refused) throw new Error('the seed needs three flagged cells');
    const before = sheetState(excel, SHEET);
    excel.refuseCommentAt = `'${SHEET}'!${String.fromCharCode(65 + refused.column)}${refused.row + 1}`;

    const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);

    const cell = `${SHEET}!${String.fromCharCode(65 + refused.column)}${refused.row + 1}`;
    expect(run.outcome.warnings).toContainEqual(expect.stringMatching(new RegExp(`^1 个单元格未添加批注（${cell}）：Excel 不接受这次写入`)));
    expect(run.outcome.details).toEqual([expect.stringMatching(/^问题清单写在/), `InvalidArgument: no comment on ${excel.refuseCommentAt}`]);
    expect(excel.comments).toHaveLength(marks.length - 1);
    expect(run.outcome.lines[0]).toContain(`（${marks.length - 1} 条批注）`);
    await clearInPlace(access(excel), () => undefined);
    expect(sheetState(excel, SHEET)).toEqual(before);
  });

  describe('a note already on a flagged cell (from WPS or an older Excel)', () => {
    afterEach(() => delete (globalThis as { Office?: unknown }).Office);

    /** The seed pasted, a note on the second flagged cell, and an Office that answers isSetSupported from the fake. */
    async function withNote(apiLevel: string) {
      const { excel, grid } = await pastedSeed();
      excel.apiLevel = apiLevel;
      Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported: (name: string, version?: string) => excel.isSetSupported(name, version) } } } });
      const marks = expectedMarks(grid);
      const noted = marks[1];
      if (!noted) throw new Error('the seed needs two flagged cells');
      const address = `'${SHEET}'!${String.fromCharCode(65 + noted.column)}${noted.row + 1}`;
      excel.notes.push({ address, text: '旧版批注（备注）' });
      return { excel, marks, address };
    }

    test('with ExcelApi 1.18 the note is seen: that cell gets no comment, every other flagged cell does, and nothing is refused', async () => {
      const { excel, marks, address } = await withNote('1.18');
      const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);
      expect(run.outcome.warnings).toContain('1 个问题单元格已有批注或备注，未再添加，问题说明见「审核问题-分工表」。');
      expect(run.outcome.warnings.some((w) => w.includes('未添加批注'))).toBe(false);
      expect(excel.comments.map((c) => c.address)).not.toContain(address);
      expect(excel.comments).toHaveLength(marks.length - 1);
    });

    test('below ExcelApi 1.18 the note cannot be seen: Excel refuses that comment, the others are still added and the cell is named', async () => {
      const { excel, marks, address } = await withNote('1.10');
      const run = await analyseInPlace(INITIAL_STATE.choices, access(excel), () => undefined);
      expect(run.outcome.warnings).toContainEqual(expect.stringContaining(`1 个单元格未添加批注（${address.replace(/'/g, '')}）`));
      expect(excel.comments).toHaveLength(marks.length - 1);
      expect(excel.notes).toEqual([{ address, text: '旧版批注（备注）' }]);
      await clearInPlace(access(excel), () => undefined);
      expect(excel.comments).toHaveLength(0);
    });
  });
});
