// The pane's workspace against the fake workbook: two seeds read as one batch (a bad file named and
// left out), 生成 with a corrected column role and options, and 生成 again after the clerk marked a
// flag, edited 单位名录 and collected a return: statuses, edits and answers kept, nothing added twice,
// the clerk's own sheet untouched, and the re-run within six syncs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnKey } from '../../src/core/tables/role-overrides';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { writeFlagStatus, selectCell } from '../../src/excel/flag-cells';
import { DEFAULT_OPTIONS, INITIAL_STATE, type Batch, type Choices } from '../../src/taskpane/pane-state';
import { readSelectedCells } from '../../src/excel/selection';
import { analyseBatch, generate, readBatch, review, selectionBatch, type RunAccess } from '../../src/taskpane/workspace';
import { download } from '../../src/taskpane/downloads';
import { Workbook } from 'exceljs';
import { nextYear } from '../core/compare/next-year';
import { FakeExcel } from '../excel/fake-excel';

const SEEDS = join(__dirname, '../../seeds');
const SEED_000 = '000_bfdfd6760bd5685d.txt';
const SEED_004 = '004_e49c03a3eb7a1052.txt';

function runAccess(excel: FakeExcel): RunAccess {
  return { run: (planFor, oldSheets) => runIntoWorkbook(excel.requestContext, planFor, oldSheets) };
}

async function batchOf(...names: string[]): Promise<Batch> {
  return readBatch(
    names.map((name) => ({ name, bytes: name.endsWith('.txt') ? readFileSync(join(SEEDS, name)) : Uint8Array.from({ length: 512 }, (_, i) => (i * 31) % 256) })),
    () => undefined,
  );
}

/** The clerk's own sheet, with one value in it, before anything runs. */
function workbook(): FakeExcel {
  const excel = new FakeExcel(['我的台账']);
  excel.sheet('我的台账').cell(0, 0).value = '自己的记录';
  return excel;
}

function column(excel: FakeExcel, sheet: string, label: string): string[] {
  const [header = [], ...rows] = excel.sheet(sheet).grid(700, 20);
  return rows.filter((row) => row.some((v) => v !== '')).map((row) => String(row[header.indexOf(label)] ?? ''));
}

describe('the pane’s workspace', () => {
  test('several files are read as one batch with a preview, and a file that cannot be read is named and left out', async () => {
    const batch = await batchOf(SEED_000, SEED_004, '乱码.docx');
    expect(batch.documents.map((d) => d.source)).toEqual([SEED_000, SEED_004]);
    expect(batch.refused).toEqual([expect.stringMatching(/^「乱码\.docx」：/)]);
    expect(batch.preview[0]?.title).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点');
    expect(batch.preview[0]?.tables.map((t) => t.rows).reduce((a, b) => a + b, 0)).toBeGreaterThan(90);
    expect(batch.preview[1]?.tables[0]?.columns.map((c) => c.role)).toContain('deadline');
  });

  test('nothing is written before 生成; 生成 uses the corrected role and the options, and records its sheets', async () => {
    const excel = workbook();
    const batch = await batchOf(SEED_000, SEED_004);
    expect(excel.syncs).toEqual([]);
    const deadlineAt = batch.preview[1]?.tables[0]?.columns.findIndex((c) => c.role === 'deadline') ?? -1;
    const choices: Choices = { ...INITIAL_STATE.choices, options: { ...DEFAULT_OPTIONS, unitSheets: true }, roles: { [columnKey(1, 0, deadlineAt)]: 'note' } };
    const { outcome, flags } = await generate(batch, choices, runAccess(excel), () => undefined);
    expect(outcome).toMatchObject({ kind: 'ok', title: '已生成汇总工作表' });
    expect(outcome.lines[0]).toMatch(/^2 份文件、\d+ 项任务/);
    // Short, in counts: the sheet names wait behind 「详细信息」; the next step is the 问题 tab or the sheet.
    expect(outcome.lines[outcome.lines.length - 1]).toMatch(/^新增 \d+ 个工作表。$/);
    expect(outcome.lines.join('')).not.toContain('「审核问题」');
    expect(outcome.details?.[0]).toMatch(/^工作表：「.*「审核问题」/);
    expect(outcome.next).toEqual({ problems: flags.length, sheet: '审核问题' });
    expect(flags.length).toBeGreaterThan(50);
    // With 完成时间 read as a note, the second document's tasks have no deadline: no 到期提醒 entry, no deadline flag.
    expect(flags.filter((f) => f.code === 'deadline')).toEqual([]);
    expect(excel.sheets.some((s) => s.name.startsWith('任务-'))).toBe(true);
    // The protected 任务-单位 sheets take their dropdowns before protection, and the notes still become comments.
    expect(outcome.warnings.filter((w) => w.includes('批注'))).toEqual([]);
    expect(excel.comments.length).toBeGreaterThan(0);
    expect(JSON.parse(String(excel.settings.get('RespMatrix.sheets'))).length).toBe(excel.sheets.length - 1);
  });

  test('a 生成 cancelled at its step writes nothing: the step throws before the workbook is touched', async () => {
    const excel = workbook();
    const batch = await batchOf(SEED_000);
    const abort = new AbortController();
    abort.abort();
    const steps: string[] = [];
    const cancelledAt = (step: string) => {
      steps.push(step);
      abort.signal.throwIfAborted();
    };
    await expect(generate(batch, INITIAL_STATE.choices, runAccess(excel), cancelledAt)).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toEqual(['正在写入工作簿…']);
    expect(excel.syncs).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['我的台账']);
    // Reading several files stops at the next file.
    const read: string[] = [];
    const seed = readFileSync(join(SEEDS, SEED_000));
    const reading = readBatch([{ name: 'a.txt', bytes: seed }, { name: 'b.txt', bytes: seed }], (step) => {
      read.push(step);
      if (read.length === 2) abort.signal.throwIfAborted();
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(read).toEqual(['正在读取「a.txt」…', '正在读取「b.txt」…']);
  });

  test('生成 again keeps the clerk’s 处理状态, 单位名录 edits and collected answers, adds nothing twice, and leaves the clerk’s sheet alone', async () => {
    const excel = workbook();
    const batch = await batchOf(SEED_000);
    const choices: Choices = INITIAL_STATE.choices;
    const first = await generate(batch, choices, runAccess(excel), () => undefined);
    const names = excel.sheets.map((s) => s.name);
    const flag = first.flags.find((f) => f.target);
    if (!flag?.target) throw new Error('no flag with a cell');

    await selectCell(excel.requestContext, flag.target);
    expect(excel.selection).toEqual({ sheet: flag.target.sheet, top: flag.target.row, left: flag.target.column, rows: 1, columns: 1 });
    expect(await writeFlagStatus(excel.requestContext, flag.key, '已确认')).toBe(true);
    // The clerk renames a tab, adds an alias in 单位名录 and a bureau's answer arrives in 进展汇总.
    excel.sheet('单位汇总').name = '各单位任务';
    const directory = excel.sheet('单位名录');
    const [header = [], ...entries] = directory.grid(200, 4);
    const row = entries.findIndex((e) => e[0] === '改革发展局') + 1;
    directory.cell(row, header.indexOf('别名')).value = '区改革发展局';
    const ledger = excel.sheet('进展汇总');
    const ledgerHeader = ledger.grid(1, 20)[0] ?? [];
    ledger.cell(1, ledgerHeader.indexOf('完成状态')).value = '已完成';
    ledger.cell(1, ledgerHeader.indexOf('回收文件')).value = '改革发展局.xlsx';
    const ownWrites = excel.sheet('我的台账').writes;
    const syncsBefore = excel.syncs.length;

    const second = await generate(batch, choices, runAccess(excel), () => undefined);
    expect(second.outcome.title).toBe('已更新汇总工作表');
    expect(excel.syncs.length - syncsBefore).toBeLessThanOrEqual(6);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(second.flags.find((f) => f.key === flag.key)?.status).toBe('已确认');
    expect(column(excel, '审核问题', '处理状态').filter((s) => s === '已确认')).toHaveLength(1);
    expect(column(excel, '单位名录', '别名').some((alias) => alias.includes('区改革发展局'))).toBe(true);
    expect(column(excel, '进展汇总', '完成状态')[0]).toBe('已完成');
    expect(excel.sheet('我的台账').writes).toBe(ownWrites);
    expect(excel.sheet('我的台账').grid(1, 1)).toEqual([['自己的记录']]);
  });
});

describe('年度对比 from the pane', () => {
  /** Seed 000 as last year's plan, and next year's copy of it, read as one batch (last year's first). */
  async function twoYears(): Promise<Batch> {
    return readBatch(
      [
        { name: SEED_000, bytes: readFileSync(join(SEEDS, SEED_000)) },
        { name: '2026年工作要点.txt', bytes: new TextEncoder().encode(nextYear()) },
      ],
      () => undefined,
    );
  }
  const marked: Choices = { ...INITIAL_STATE.choices, lastYear: [0] };

  test('生成 with a file marked 上一年 imports only this year’s and adds the 年度对比 sheets', async () => {
    const excel = workbook();
    // A first run over another plan: its import sheet (and the comments on it) go at the next 生成, once the clerk says so.
    await generate(await batchOf(SEED_004), INITIAL_STATE.choices, runAccess(excel), () => undefined);
    const batch = await twoYears();
    expect((await generate(batch, marked, runAccess(excel), () => undefined)).asked?.removed).toEqual([expect.stringMatching(/^璧山/)]);
    const { outcome } = await generate(batch, marked, runAccess(excel), () => undefined, 'replace');
    expect(outcome.kind).toBe('ok');
    expect(outcome.warnings.filter((w) => w.includes('批注'))).toEqual([]);
    expect(excel.sheets.some((s) => s.name.startsWith('璧山'))).toBe(false);
    expect(outcome.lines[0]).toMatch(/^1 份文件、\d+ 项任务/);
    expect(outcome.lines[1]).toBe('年度对比（上一年 1 份文件）：新增 1 项，删去 1 项，有变化 2 项，未变 91 项。');
    const names = excel.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['年度对比', '年度对比-单位']));
    // Last year's document has no import sheet of its own: one import sheet, this year's.
    expect(names.filter((n) => n.includes('工作要点'))).toHaveLength(1);
    const compared = excel.sheet('年度对比').grid(20, 12).flat().map(String).join('\n');
    expect(compared).toContain('低空经济领域');
    expect(compared).toContain('城市管理领域');
  });

  test('without a mark nothing is compared; with every file marked 生成 and the downloads are refused in Chinese and nothing is written', async () => {
    const excel = workbook();
    const batch = await twoYears();
    const plain = await generate(batch, INITIAL_STATE.choices, runAccess(new FakeExcel()), () => undefined);
    expect(plain.outcome.lines.some((line) => line.startsWith('年度对比'))).toBe(false);
    const all: Choices = { ...INITIAL_STATE.choices, lastYear: [0, 1] };
    const refused = await generate(batch, all, runAccess(excel), () => undefined);
    expect(refused.outcome).toEqual({ kind: 'failed', title: '未生成，工作簿未改动', lines: ['今年的文件没有读到任务，无法对比：请至少留一份今年的文件不标为上一年。'], warnings: [] });
    expect(excel.syncs).toEqual([]);
    const downloaded = await download(batch, all, 'workbook', () => undefined);
    expect(downloaded.file).toBeUndefined();
    expect(downloaded.run.outcome.kind).toBe('failed');
  });

  test('outside Excel the downloaded workbook holds 年度对比, and the bureaus’ lists only this year’s tasks', async () => {
    const batch = await twoYears();
    const { run, file } = await download(batch, marked, 'workbook', () => undefined);
    expect(run.outcome.lines[1]).toMatch(/^年度对比（上一年 1 份文件）/);
    expect(file?.fileName).toBe('2026年重庆高新区安全生产、防灾减灾救灾和消防工作要点.xlsx');
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(file!.bytes) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['年度对比', '年度对比-单位']));
  });
});

describe('从选区导入 through the workspace', () => {
  test('a table pasted into a sheet and selected becomes a batch of one document, and the clerk’s cells are not touched', async () => {
    const excel = new FakeExcel();
    const grid = [
      ['序号', '名称', '目标', '责任单位'],
      ['1', '安全生产', '开展专项整治', '县应急管理局、县公安局'],
      ['2', '', '加强执法检查', '县市场监管局等'],
    ];
    grid.forEach((row, r) => row.forEach((text, c) => (excel.sheet('Sheet1').cell(r + 2, c + 1).value = text)));
    excel.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 100, columns: 26 };
    const batch = selectionBatch(await readSelectedCells(excel.requestContext));
    expect(batch.refused).toEqual([]);
    expect(batch.preview[0]?.tables[0]).toMatchObject({ rows: 2, columns: [{ role: 'seq' }, { role: 'group' }, { role: 'content' }, { role: 'units' }] });
    const { outcome } = await generate(batch, INITIAL_STATE.choices, runAccess(excel), () => undefined);
    expect(outcome.lines[0]).toMatch(/^1 份文件、2 项任务/);
    expect(excel.sheet('Sheet1').writes).toBe(0);
  });

  test('a 完成时间 typed as an Excel date is read as the date the clerk sees, not as its serial number', async () => {
    const excel = new FakeExcel();
    const grid = [
      ['序号', '工作任务', '完成时间', '责任单位'],
      ['1', '开展专项整治', 45838, '县应急管理局'],
    ];
    grid.forEach((row, r) => row.forEach((value, c) => (excel.sheet('Sheet1').cell(r, c).value = value)));
    excel.sheet('Sheet1').cell(1, 2).numberFormat = 'yyyy/m/d';
    excel.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 2, columns: 4 };
    const batch = selectionBatch(await readSelectedCells(excel.requestContext));
    expect(batch.documents[0]?.tables[0]?.rows[0]?.cells.map((cell) => cell.text)).toEqual(['1', '开展专项整治', '2025年6月30日', '县应急管理局']);
    expect(analyseBatch(batch, INITIAL_STATE.choices).flags.filter((flag) => flag.code === 'deadline')).toEqual([]);
  });

  test('an empty selection says what to select', async () => {
    const excel = new FakeExcel();
    excel.selection = { sheet: 'Sheet1', top: 0, left: 0, rows: 10, columns: 10 };
    expect(selectionBatch(await readSelectedCells(excel.requestContext))).toEqual({ documents: [], refused: [expect.stringMatching(/^选区是空的/)], preview: [] });
  });
});

describe('the 名录 review', () => {
  test('shows the proposed pair and the groups, and a merge redoes the problems and the send list without writing', async () => {
    const batch = await batchOf(SEED_000);
    const before = review(batch, INITIAL_STATE.choices);
    expect(before.review.proposals.map((p) => [p.a, p.b])).toEqual([['高新区公安分局', '高新区公安分局交巡警支队']]);
    expect(before.review.groups.map((g) => g.name)).toContain('各镇街');
    const merged = review(batch, { ...INITIAL_STATE.choices, edits: { ...INITIAL_STATE.choices.edits, merged: [['高新区公安分局', '高新区公安分局交巡警支队']] } });
    expect(merged.review.proposals).toEqual([]);
    expect(merged.run.flags.length).toBe(before.run.flags.length + 1);
    expect(merged.run.units.map((u) => u.unit)).not.toContain('高新区公安分局交巡警支队');
  });

  test('生成 twice with seed 004 adds every comment again on the new sheets, and none collides with the last run’s', async () => {
    const excel = workbook();
    const batch = await batchOf(SEED_004);
    const first = await generate(batch, INITIAL_STATE.choices, runAccess(excel), () => undefined);
    const comments = excel.comments.map((c) => [c.address, c.text]);
    expect(comments.length).toBeGreaterThan(40);
    const again = await generate(batch, INITIAL_STATE.choices, runAccess(excel), () => undefined);
    expect(again.outcome.warnings.filter((w) => w.includes('批注'))).toEqual([]);
    expect(first.outcome.warnings).toEqual(again.outcome.warnings);
    expect(excel.comments.map((c) => [c.address, c.text])).toEqual(comments);
  });

  test('生成 of another document asks before removing the last one’s import sheet: nothing is written until the clerk replaces it or adds beside it', async () => {
    const excel = workbook();
    await generate(await batchOf(SEED_004), INITIAL_STATE.choices, runAccess(excel), () => undefined);
    const before = excel.sheets.map((s) => [s.name, s.writes]);
    const syncs = excel.syncs.length;
    const other = await batchOf(SEED_000);

    const asked = await generate(other, INITIAL_STATE.choices, runAccess(excel), () => undefined);
    expect(asked.asked).toEqual({ removed: ['璧山区安全生产治本攻坚三年行动实施方案'], replaced: ['说明', '审核问题', '单位汇总', '责任矩阵', '单位名录', '进展汇总', '到期提醒'] });
    expect(asked.outcome).toMatchObject({ kind: 'partial', title: '生成前请确认', lines: [expect.stringContaining('「璧山区安全生产治本攻坚三年行动实施方案」'), expect.stringContaining('「审核问题」')] });
    expect(excel.sheets.map((s) => [s.name, s.writes])).toEqual(before);
    // Names and record, where the last run's sheets' values are, and the values (read-rows.ts): nothing else before asking.
    expect(excel.syncs.length - syncs).toBeLessThanOrEqual(3);

    const added = await generate(other, INITIAL_STATE.choices, runAccess(excel), () => undefined, 'add');
    expect(added.outcome.kind).toBe('ok');
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...before.map(([name]) => name), '审核问题(2)', '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点']));
    expect(excel.sheets.map((s) => [s.name, s.writes]).slice(0, before.length)).toEqual(before);

    // The next run replaces the sheets it added; the ones kept beside them are the clerk's now.
    const again = await generate(other, INITIAL_STATE.choices, runAccess(excel), () => undefined);
    expect(again.asked).toBeUndefined();
    expect(again.outcome.title).toBe('已更新汇总工作表');
    expect(excel.sheets.filter((s) => s.name.startsWith('璧山'))).toHaveLength(1);
  });
});
