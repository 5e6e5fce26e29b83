// The whole 督办 loop on the seeds, with files as bureaus send them back: build the combined
// workbook and one workbook per bureau; fill some in with ExcelJS as a bureau would (done, late,
// one row left blank, one task text changed, one sent twice, one renamed, one re-saved through
// LibreOffice headless), add files that cannot be used (text, password, another document, key
// column deleted), collect, and check 进展汇总, 回收统计 and every 回收问题. Then collect again with a
// newer return into the result. (A collected workbook opened in LibreOffice, as CSV and PDF, is tested
// in test/libreoffice/workbook-in-libreoffice.test.ts, with the other conversions of one soffice run.)

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { COLUMN } from '../../src/core/loop/columns';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { collectIntoWorkbook } from '../../src/xlsx/collect-workbook';
import type { NamedBytes } from '../../src/xlsx/loop-workbook';
import { loadWorkbook, sheetText } from '../../src/xlsx/read-workbook';
import { renderAnalysis, type RenderedFile } from '../../src/xlsx/render-analysis';
import { fillReturn, type FilledAnswer } from '../fixtures/fill-return';
import { readLayout } from '../fixtures/layouts/read-layout';

const ROOT = join(__dirname, '../..');
const ON = '2026-01-10';

/** What each test bureau does with its workbook. */
const LATE = '区应急局';
const DONE = '区住房城乡建委';

let work: string;
let base: Uint8Array;
let bureaus: Map<string, RenderedFile>;
let units: string[];
/** The other bureaus picked in turn for each role, all with at least two tasks. */
let picked: { resaved: string; changed: string; twice: string; blankRow: string; keyless: string; later: string };
let first: Awaited<ReturnType<typeof collect>>;

function soffice(args: string[]): void {
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', ...args], { cwd: work, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${run.stderr}`);
}

/** A bureau's workbook filled in with ExcelJS, row by row, saved at `modified`. */
function fill(unit: string, answer: (row: number, total: number) => FilledAnswer | undefined, modified: Date, edit?: (sheet: Worksheet) => void): Promise<Uint8Array> {
  const bytes = bureaus.get(unit)?.bytes;
  if (!bytes) throw new Error(`no workbook for ${unit}`);
  return fillReturn(bytes, answer, modified, edit);
}

/** Each workbook loaded once: the tests read several sheets and several units of the same few. */
const loads = new Map<Uint8Array, ReturnType<typeof loadWorkbook>>();
function load(bytes: Uint8Array): ReturnType<typeof loadWorkbook> {
  const loading = loads.get(bytes) ?? loadWorkbook(bytes);
  loads.set(bytes, loading);
  return loading;
}

/** A sheet's cells as text; without a name, the first sheet's. */
async function rowsOf(bytes: Uint8Array, sheetName?: string): Promise<string[][]> {
  const loaded = await load(bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const sheet = sheetName === undefined ? loaded.value.workbook.worksheets[0] : loaded.value.workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName ?? ''}`);
  return sheetText(sheet).cells;
}

async function collect(baseBytes: Uint8Array, files: NamedBytes[]) {
  const collected = await collectIntoWorkbook({ fileName: '汇总.xlsx', bytes: baseBytes }, files, { on: ON, within: 15 });
  if (!collected.ok) throw new Error(collected.error.message);
  return collected.value;
}

/** 进展汇总 rows of one unit, as [内容, 完成时间, 完成状态, 落实情况, 完成日期, 佐证材料, 是否逾期, 回收文件]. */
async function progressOf(bytes: Uint8Array, unit: string): Promise<string[][]> {
  const [header = [], ...rows] = await rowsOf(bytes, '进展汇总');
  const at = (label: string) => header.indexOf(label);
  const wanted = [COLUMN.content, COLUMN.deadline, COLUMN.status, COLUMN.progress, COLUMN.doneOn, COLUMN.evidence, COLUMN.overdue, COLUMN.file];
  return rows.filter((row) => row[at(COLUMN.unit)] === unit).map((row) => wanted.map((label) => row[at(label)] ?? ''));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'respmatrix-collect-'));
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(join(ROOT, 'seeds')).sort()) {
    const read = await readDocument(name, readFileSync(join(ROOT, 'seeds', name)));
    if (read.ok && read.value.tables.length > 0) documents.push(read.value);
  }
  const rendered = await renderAnalysis(analyse(documents), { perUnit: true, on: ON });
  base = rendered.combined;
  bureaus = new Map(rendered.bureaus.map((b) => [b.fileName.replace(/\.xlsx$/, ''), b]));
  const sizes = new Map<string, number>();
  for (const [unit, file] of bureaus) sizes.set(unit, (await rowsOf(file.bytes)).length - 3);
  units = [...bureaus.keys()];
  const others = units.filter((u) => u !== LATE && u !== DONE && (sizes.get(u) ?? 0) >= 2);
  const [resaved = '', changed = '', twice = '', blankRow = '', keyless = '', later = ''] = others;
  picked = { resaved, changed, twice, blankRow, keyless, later };

  const files: NamedBytes[] = [];
  const add = (fileName: string, bytes: Uint8Array) => files.push({ fileName, bytes });
  add(`${LATE}.xlsx`, await fill(LATE, () => ({ status: '推进中', progress: '正在推进' }), new Date('2026-01-05T02:00:00Z')));
  add('住建委-2025年报送（终稿）.xlsx', await fill(DONE, () => ({ status: '已完成', progress: '已按期完成', doneOn: new Date(Date.UTC(2025, 5, 20)), evidence: '验收报告' }), new Date('2026-01-06T02:00:00Z')));
  add(`${changed}.xlsx`, await fill(changed, (i) => ({ status: '推进中', ...(i === 0 ? { content: '（本单位改写的任务内容）' } : {}) }), new Date('2026-01-06T03:00:00Z')));
  add(`${twice}.xlsx`, await fill(twice, () => ({ status: '未开始' }), new Date('2026-01-02T02:00:00Z')));
  add(`${twice}（更正）.xlsx`, await fill(twice, (i) => (i === 0 ? { status: '已完成', progress: '已更正' } : undefined), new Date('2026-01-08T02:00:00Z')));
  add(`${blankRow}.xlsx`, await fill(blankRow, (i, total) => (i < total - 1 ? { status: '推进中' } : undefined), new Date('2026-01-07T02:00:00Z')));
  add(`${keyless}.xlsx`, await fill(keyless, () => ({ status: '已完成' }), new Date('2026-01-07T03:00:00Z'), (sheet) => sheet.spliceColumns(14, 1)));

  // Re-saved by another spreadsheet program: LibreOffice opens the filled file and writes it again.
  mkdirSync(join(work, 'filled'));
  mkdirSync(join(work, 'resaved'));
  writeFileSync(join(work, 'filled', `${resaved}.xlsx`), await fill(resaved, () => ({ status: '推进中', progress: 'LibreOffice 另存' }), new Date('2026-01-04T02:00:00Z')));
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(work, 'resaved'), join(work, 'filled', `${resaved}.xlsx`)]);
  add(`${resaved}.xlsx`, readFileSync(join(work, 'resaved', `${resaved}.xlsx`)));

  add('说明.txt', new TextEncoder().encode('这是说明，不是工作簿'));
  add('加密.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0])]));
  const other = await readLayout('table-two-line-header.txt');
  const otherFile = (await renderAnalysis(other.analysis, { perUnit: true })).bureaus[0];
  if (otherFile) add('别的文件.xlsx', otherFile.bytes);

  first = await collect(base, files);
}, 180_000);

describe('回收汇总 of the seeds, round trip', () => {
  test('the late bureau: every row 推进中 from its file, and 逾期 exactly where its 完成时间 names a year before the report day', async () => {
    const rows = await progressOf(first.bytes, LATE);
    expect(rows.length).toBeGreaterThan(10);
    for (const [, deadline = '', status, progress, , , overdue, file] of rows) {
      expect([status, progress, file]).toEqual(['推进中', '正在推进', `${LATE}.xlsx`]);
      const years = [...deadline.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
      expect([deadline, overdue]).toEqual([deadline, years.some((y) => y < 2026) ? '逾期' : '']);
    }
    expect(rows.some(([, , , , , , overdue]) => overdue === '逾期')).toBe(true);
  });

  test('the renamed file of the bureau that finished: every row 已完成 with its date and evidence, none overdue', async () => {
    const rows = await progressOf(first.bytes, DONE);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.slice(2)).toEqual(['已完成', '已按期完成', '2025-06-20', '验收报告', '', '住建委-2025年报送（终稿）.xlsx']);
  });

  test('the file re-saved through LibreOffice is read like any other', async () => {
    const rows = await progressOf(first.bytes, picked.resaved);
    expect(rows.map((row) => [row[2], row[3], row[7]])).toEqual(rows.map(() => ['推进中', 'LibreOffice 另存', `${picked.resaved}.xlsx`]));
  });

  test('sent twice: the first row from the later file, the others kept from the earlier one', async () => {
    const rows = await progressOf(first.bytes, picked.twice);
    expect(rows.map((row) => [row[2], row[7]])).toEqual(rows.map((_, i) => (i === 0 ? ['已完成', `${picked.twice}（更正）.xlsx`] : ['未开始', `${picked.twice}.xlsx`])));
  });

  test('回收问题 lists exactly the unusable files, the silent bureaus, the double return, the changed text and the blank row', async () => {
    const [header = [], ...rows] = await rowsOf(first.bytes, '回收问题');
    expect(header).toEqual(['问题类型', '单位', '文件', '说明', '位置']);
    const returnedUnits = new Set([LATE, DONE, picked.resaved, picked.changed, picked.twice, picked.blankRow]);
    const silent = units.filter((u) => !returnedUnits.has(u)).sort();
    const got = rows.map(([type = '', unit = '', file = '']) => [type, unit, file]);
    const silentRows = got.filter(([type]) => type === '单位未报送');
    expect(silentRows.map(([, unit]) => unit).sort()).toEqual(silent);
    expect(got.filter(([type]) => type !== '单位未报送')).toEqual([
      ['文件无法读取', '', '说明.txt'],
      ['文件无法读取', '', '加密.xlsx'],
      ['任务键列被删除', '', `${picked.keyless}.xlsx`],
      ['另一份文件的回收表', '', '别的文件.xlsx'],
      ['重复报送', picked.twice, `${picked.twice}（更正）.xlsx`],
      ['任务内容被改动', picked.changed, `${picked.changed}.xlsx`],
      ['任务未填写', picked.blankRow, `${picked.blankRow}.xlsx`],
    ]);
    const messages = rows.map((row) => row[3] ?? '');
    expect(messages.find((m) => m.includes('加密.xlsx'))).toContain('密码');
    expect(messages.find((m) => m.includes('说明.txt'))).toContain('不是 Excel 工作簿');
  });

  test('回收统计 counts each bureau that answered, cell by cell, and the silent ones as 未报送', async () => {
    const rows = await rowsOf(first.bytes, '回收统计');
    expect(rows[2]).toEqual(['单位', '任务数', '已填报', '未填报', '未开始', '推进中', '已完成', '无法完成', '逾期未完成', '回收文件']);
    const lineOf = (unit: string) => rows.find((row) => row[0] === unit);
    const late = await progressOf(first.bytes, LATE);
    const lateCount = late.filter((row) => row[6] === '逾期').length;
    expect(lineOf(LATE)).toEqual([LATE, `${late.length}`, `${late.length}`, '0', '0', `${late.length}`, '0', '0', `${lateCount}`, `${LATE}.xlsx`]);
    const done = (await progressOf(first.bytes, DONE)).length;
    expect(lineOf(DONE)).toEqual([DONE, `${done}`, `${done}`, '0', '0', '0', `${done}`, '0', '0', '住建委-2025年报送（终稿）.xlsx']);
    const twice = (await progressOf(first.bytes, picked.twice)).length;
    expect(lineOf(picked.twice)).toEqual([picked.twice, `${twice}`, `${twice}`, '0', `${twice - 1}`, '0', '1', '0', '0', `${picked.twice}（更正）.xlsx\n${picked.twice}.xlsx`]);
    const blank = (await progressOf(first.bytes, picked.blankRow)).length;
    expect(lineOf(picked.blankRow)?.slice(0, 4)).toEqual([picked.blankRow, `${blank}`, `${blank - 1}`, '1']);
    expect(lineOf(picked.keyless)?.slice(1)).toEqual([expect.any(String), '0', expect.any(String), '0', '0', '0', '0', expect.any(String), '未报送']);
    expect(rows[rows.length - 1]?.[9]).toBe(`6 / ${units.length} 个单位已报送`);
  });

  test('collecting again into the result takes a newer return and keeps every earlier answer, with no sheet added twice', async () => {
    const newer = await fill(picked.later, () => ({ status: '已完成' }), new Date('2026-01-09T02:00:00Z'));
    const second = await collect(first.bytes, [{ fileName: `${picked.later}.xlsx`, bytes: newer }]);
    const sheetsOf = async (bytes: Uint8Array) => {
      const loaded = await load(bytes);
      return loaded.ok ? loaded.value.workbook.worksheets.map((w) => w.name) : [];
    };
    expect(await sheetsOf(second.bytes)).toEqual(await sheetsOf(first.bytes));
    expect((await progressOf(second.bytes, picked.later)).every((row) => row[2] === '已完成')).toBe(true);
    for (const unit of [LATE, DONE, picked.twice, picked.resaved]) expect(await progressOf(second.bytes, unit)).toEqual(await progressOf(first.bytes, unit));
    const silent = (bytes: Uint8Array) => rowsOf(bytes, '回收问题').then((rows) => rows.filter((row) => row[0] === '单位未报送').length);
    expect(await silent(second.bytes)).toBe((await silent(first.bytes)) - 1);
  });
});
