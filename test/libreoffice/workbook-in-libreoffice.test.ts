// The built workbooks opened by a real spreadsheet program: LibreOffice (headless) converts them to
// CSV (every sheet) and to PDF, and we check what it read. PNGs of 单位汇总, 审核问题 and one bureau's
// list are kept in test-output/ for a person to look at. The workbook 回收汇总 writes goes along (two
// bureaus' returns collected into the sample workbook; the seeds' round trip is
// test/xlsx/collect-round-trip.test.ts). Two soffice runs in all, each converting every file at once
// (CSV, then PDF).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { COLUMN } from '../../src/core/loop/columns';
import type { Analysis } from '../../src/core/analysis';
import { SEVERITY_LABEL } from '../../src/core/plan/labels';
import { planBureauWorkbooks } from '../../src/core/plan/bureau-workbooks';
import { planWorkbook } from '../../src/core/plan/workbook';
import type { WorkbookPlan } from '../../src/core/plan/workbook-plan';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { parseCsv } from '../../src/core/units/csv';
import { directoryFromRows, directoryToRows } from '../../src/core/units/directory-rows';
import { collectIntoWorkbook } from '../../src/xlsx/collect-workbook';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { DIRECTORY_ROWS, sampleAnalysis } from '../core/plan/analysis-fixture';
import { fillReturn } from '../fixtures/fill-return';

const ROOT = join(__dirname, '../..');
const PICTURES = join(ROOT, 'test-output');
/** 44 ',' · 34 '"' · 76 UTF-8 · row 1 · … · no formulas (a formula would show its result) · -1 every sheet (LibreOffice ≥ 7.2). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** Bureaus of the sample: the one whose return answers every task 推进中, and the one whose renamed file answers 已完成. */
const LATE = '区应急局';
const DONE = '区公安分局';

let work: string;
let analysis: Analysis;
const csv = (file: string, sheet: string) => parseCsv(readFileSync(join(work, 'csv', `${file}-${sheet}.csv`), 'utf8')).records.map((r) => r.fields);

function soffice(args: string[]): void {
  const profile = `file://${join(work, 'profile')}`;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd: work, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${run.stderr}`);
}

function only(plan: WorkbookPlan, name: string): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.filter((s) => s.name === name) };
}

function pdfText(file: string, page: number): string {
  return spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', join(work, 'pdf', `${file}.pdf`), '-'], { encoding: 'utf8' }).stdout;
}

/** The sample workbook with the returns of LATE (every task 推进中) and DONE (every task 已完成, its file renamed) collected into it. */
async function collected(base: Uint8Array, bureaus: ReturnType<typeof planBureauWorkbooks>): Promise<Uint8Array> {
  const returned = async (unit: string, answer: Parameters<typeof fillReturn>[1], modified: string) => {
    const bureau = bureaus.find((b) => b.unit === unit);
    if (!bureau) throw new Error(`no bureau workbook for ${unit}`);
    return fillReturn(await renderXlsx(bureau.plan), answer, new Date(modified));
  };
  const files = [
    { fileName: `${LATE}.xlsx`, bytes: await returned(LATE, () => ({ status: '推进中', progress: '正在推进' }), '2026-01-05T02:00:00Z') },
    { fileName: '住建委-2025年报送（终稿）.xlsx', bytes: await returned(DONE, () => ({ status: '已完成', progress: '已按期完成' }), '2026-01-06T02:00:00Z') },
  ];
  const result = await collectIntoWorkbook({ fileName: '汇总.xlsx', bytes: base }, files, { on: '2026-01-10', within: 15 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.bytes;
}

beforeAll(async () => {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('找不到 LibreOffice（soffice）：本测试用它打开生成的工作簿。请安装 LibreOffice Calc（Debian/Ubuntu: apt-get install libreoffice-calc），CI 会安装它。');
  }
  const [major = 0, minor = 0] = (/LibreOffice (\d+)\.(\d+)/.exec(version.stdout) ?? []).slice(1).map(Number);
  if (major < 7 || (major === 7 && minor < 2)) throw new Error(`需要 LibreOffice 7.2 或更新版本（CSV 导出全部工作表），当前：${version.stdout.trim()}`);

  work = mkdtempSync(join(tmpdir(), 'respmatrix-lo-'));
  const seeds = join(ROOT, 'seeds');
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(seeds).sort()) {
    const read = await readDocument(name, readFileSync(join(seeds, name)));
    if (read.ok) documents.push(read.value);
  }
  analysis = analyse(documents);
  const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory) });
  const sample = planWorkbook(sampleAnalysis(), { directoryRows: DIRECTORY_ROWS });
  const emergency = planBureauWorkbooks(analysis).find((b) => b.unit.includes('应急管理局'));
  if (!emergency) throw new Error('no bureau workbook for the 应急管理局');
  const files: Array<[string, WorkbookPlan]> = [
    ['seeds', plan],
    ['sample', sample],
    ['单位汇总', only(plan, '单位汇总')],
    ['审核问题', only(plan, '审核问题')],
    ['单位任务清单', emergency.plan],
  ];
  for (const [name, p] of files) writeFileSync(join(work, `${name}.xlsx`), await renderXlsx(p));
  writeFileSync(join(work, '汇总结果.xlsx'), await collected(readFileSync(join(work, 'sample.xlsx')), planBureauWorkbooks(sampleAnalysis())));
  soffice(['--convert-to', CSV_FILTER, '--outdir', 'csv', 'seeds.xlsx', 'sample.xlsx', '汇总结果.xlsx']);
  soffice(['--convert-to', 'pdf', '--outdir', 'pdf', '单位汇总.xlsx', '审核问题.xlsx', '单位任务清单.xlsx', '汇总结果.xlsx']);
  mkdirSync(PICTURES, { recursive: true });
  for (const name of ['单位汇总', '审核问题', '单位任务清单']) {
    spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, 'pdf', `${name}.pdf`), join(PICTURES, name)]);
  }
});

describe('the workbooks opened in LibreOffice', () => {
  test('text that looks like a formula, a date or a number comes through as written', () => {
    const rows = csv('sample', '工作要点');
    expect(rows[1]?.slice(2, 6)).toEqual(['1', '交通运输领域', '=SUM(1)', '1-2月']);
    expect(rows[2]?.slice(4, 6)).toEqual(['森林火灾受害率0.3‰以内', '2025年6月底前']);
    expect(rows[3]?.slice(4, 6)).toEqual(['+86 热线 @值班 -5%', '\t全年']);
  });

  test('审核问题 has every flag, with its severity, type, message, status and (hidden) distinct key', () => {
    const rows = csv('seeds', '审核问题');
    expect(rows[0]).toEqual(['严重程度', '问题类型', '来源', '表格', '位置', '单元格内容', '说明', '建议', '处理状态', '问题键']);
    expect(new Set(rows.slice(1).map((r) => r[9])).size).toBe(analysis.flags.length);
    expect(rows.slice(1)).toHaveLength(analysis.flags.length);
    expect(rows.slice(1).map((r) => r[6]).sort()).toEqual(analysis.flags.map((f) => f.message).sort());
    expect(new Set(rows.slice(1).map((r) => r[8]))).toEqual(new Set(['待处理']));
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(analysis.flags.map((f) => SEVERITY_LABEL[f.severity]).sort());
  });

  test('单位汇总 lists the heaviest bureau first, with its counts as numbers', () => {
    const rows = csv('seeds', '单位汇总');
    const heaviest = analysis.byUnit
      .filter((u) => u.kind === 'bureau')
      .reduce((a, b) => (b.lead.length + b.support.length > a.lead.length + a.support.length ? b : a));
    expect(rows[1]?.slice(0, 6)).toEqual([heaviest.canonical, '单位', String(heaviest.lead.length), String(heaviest.support.length), String(heaviest.viaGroup.length), String(heaviest.lead.length + heaviest.support.length)]);
  });

  test('each import sheet opens under its document’s title, and its 来源 column shows that title', () => {
    const titles = ['2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点', '2025年全县安全生产、防灾减灾救灾和消防工作要点', '璧山区安全生产治本攻坚三年行动实施方案'];
    for (const title of titles) {
      const rows = csv('seeds', title);
      expect(rows[0]?.[0]).toBe('来源');
      expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set([title]));
    }
  });

  test('the 单位名录 sheet, saved by LibreOffice, still reads as the same directory', () => {
    expect(directoryFromRows(csv('seeds', '单位名录'))).toEqual({ ok: true, value: analysis.directory, warnings: [] });
  });

  test('a bureau’s list prints on A4 landscape with its title, and the header repeats on the next page', () => {
    const info = spawnSync('pdfinfo', [join(work, 'pdf', '单位任务清单.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    expect(pdfText('单位任务清单', 1)).toMatch(/应急管理局.*任务清单/);
    expect(pdfText('单位任务清单', 2)).toMatch(/序号\s+类别\s+来源.*落实情况/);
  });

  test('the collected workbook: 进展汇总 and 回收统计 read as written, and it prints to PDF', () => {
    const progress = csv('汇总结果', '进展汇总');
    expect(progress[0]?.slice(0, 3)).toEqual(['序号', '来源', '原序号']);
    const late = progress.filter((row) => row[13] === `${LATE}.xlsx`);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((row) => row[8] === '推进中')).toBe(true);
    // Through ExcelJS (the return, then the collection) and LibreOffice, a task text like a formula stays text.
    expect(late.map((row) => row[progress[0]?.indexOf(COLUMN.content) ?? -1])).toContain('=SUM(1)');
    expect(csv('汇总结果', '回收统计').some((row) => row[0] === DONE)).toBe(true);
    expect(readFileSync(join(work, 'pdf', '汇总结果.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('pictures of 单位汇总, 审核问题 and a bureau’s list are left in test-output/', () => {
    for (const name of ['单位汇总', '审核问题', '单位任务清单']) {
      expect(readFileSync(join(PICTURES, `${name}.png`)).length).toBeGreaterThan(20_000);
    }
  });
});
