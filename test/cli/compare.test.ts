// The compare command as a clerk runs it: last year's plan against this year's, as JSON, as a
// readable report and as this year's workbook with 年度对比; and the inputs it refuses.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { run } from '../../src/cli/commands/compare';
import { nextYear } from '../core/compare/next-year';
import { SEEDS } from '../core/read/seed-files';
import { captured } from './capture';

const ROOT = join(__dirname, '../..');
const seed = (name: string): string => join(ROOT, 'seeds', name);
const GAOXIN = seed(SEEDS.gaoxin);

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'respmatrix-compare-'));
}

/** Next year's copy of seed 000 (four tasks touched) written to a file. */
function nextYearFile(dir = workDir()): string {
  const path = join(dir, '2026年工作要点.txt');
  writeFileSync(path, nextYear());
  return path;
}

describe('cli compare', () => {
  test('run as a process, it prints the JSON of design.md: the four touched tasks and the count of the others', () => {
    const spawned = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), 'compare', GAOXIN, '--new', nextYearFile(), '--json'], { encoding: 'utf8', cwd: ROOT });
    expect({ code: spawned.status, stderr: spawned.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(spawned.stdout);
    expect(Object.keys(report)).toEqual(['added', 'removed', 'changed', 'unchanged', 'units']);
    expect(report.unchanged).toBe(91);
    expect(report.added).toEqual([
      { document: 0, table: 1, row: 17, text: '低空经济领域：建立无人机飞行活动报备和巡查制度，开展低空飞行器起降点消防安全检查。', units: ['改革发展局', '高新区公安分局', '各镇街'], lead: ['改革发展局'] },
    ]);
    expect(report.removed).toHaveLength(1);
    expect(Object.keys(report.removed[0])).toEqual(['document', 'table', 'row', 'text', 'units', 'lead']);
    expect(report.changed.map((c: { textChanged: boolean; unitsGained: string[] }) => [c.textChanged, c.unitsGained])).toEqual([
      [false, ['市场监督管理局']],
      [true, []],
    ]);
    expect(Object.keys(report.changed[0])).toEqual(['old', 'new', 'textChanged', 'unitsGained', 'unitsLost', 'leadBefore', 'leadAfter']);
  });

  test('`--` separates the sides as `--new` does, and the options may follow either side', async () => {
    const next = nextYearFile();
    const withNew = await captured(run, [GAOXIN, '--new', next, '--json']);
    const withDashes = await captured(run, ['--json', GAOXIN, '--', next]);
    expect(withDashes).toEqual(withNew);
    expect(withNew.code).toBe(0);
  });

  test('the readable report is Chinese first: counts, each touched task, and the per-unit sentences', async () => {
    const { code, stdout } = await captured(run, [GAOXIN, '--new', nextYearFile()]);
    expect(code).toBe(0);
    expect(stdout).toContain('新增 1 项，删去 1 项，有变化 2 项，未变 91 项');
    expect(stdout).toContain('  + 低空经济领域：建立无人机飞行活动报备和巡查制度');
    expect(stdout).toContain('  - 城市管理领域：');
    expect(stdout).toContain('      增加单位：市场监督管理局');
    expect(stdout).toContain('      上一年：抓好应急预案修编和演练：动态修编管委会各类专项预案和部门预案。');
    expect(stdout).toContain('  城市建设事务中心：不再承担 1 项（其中牵头 1 项）');
  });

  test('a plan against itself reports nothing changed', async () => {
    const { code, stdout } = await captured(run, [GAOXIN, '--new', GAOXIN, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ added: [], removed: [], changed: [], unchanged: 94, units: [] });
  });

  test('two unrelated plans say that few tasks match instead of listing every task as removed and added', async () => {
    const { code, stdout, stderr } = await captured(run, [GAOXIN, '--', seed(SEEDS.bishan)]);
    expect(code).toBe(0);
    expect(stdout).toContain('可能不是同一项工作的两年计划');
    expect(stdout).toContain('新增与删去的任务不逐项列出');
    expect(stdout).not.toContain('删去 / removed（');
    expect(stderr).toContain('两边只有 1 项任务相近');
  });

  test('a side with nothing read is refused with exit 1, and nothing is compared', async () => {
    const { code, stdout, stderr } = await captured(run, [GAOXIN, '--new', seed(SEEDS.fuling), '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('今年的文件没有读到任务，无法对比');
  });

  test.each([
    [[GAOXIN, GAOXIN], '请用 --new 或 -- 分开上一年和今年的文件'],
    [['--new', GAOXIN], '请给出上一年的文件'],
    [[GAOXIN, '--'], '请给出今年的文件'],
    [[GAOXIN, '--', GAOXIN, '--since', '2025'], '参数错误'],
    [[GAOXIN, '--', GAOXIN, '-o', 'out.csv'], '输出文件应以 .xlsx 结尾'],
  ])('wrong usage exits 2 with the reason: %j', async (args, reason) => {
    const { code, stderr } = await captured(run, args);
    expect(code).toBe(2);
    expect(stderr).toContain(reason);
  });

  test('-o writes this year’s workbook with 年度对比 and 年度对比-单位, and never overwrites without --force', async () => {
    const dir = workDir();
    const out = join(dir, '对比.xlsx');
    const first = await captured(run, [GAOXIN, '--new', nextYearFile(dir), '-o', out]);
    expect(first.code).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['说明', '审核问题', '单位汇总', '年度对比', '年度对比-单位']));
    const sheet = workbook.getWorksheet('年度对比');
    const kinds = [4, 5, 6, 7].map((row) => sheet?.getCell(row, 1).value);
    expect(kinds).toEqual(['新增', '删去', '有变化', '有变化']);
    expect(sheet?.getCell(6, 5).value).toBe('市场监督管理局');

    writeFileSync(out, 'the clerk’s own file');
    const second = await captured(run, [GAOXIN, '--new', nextYearFile(dir), '-o', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('the clerk’s own file');
    const forced = await captured(run, [GAOXIN, '--new', nextYearFile(dir), '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
