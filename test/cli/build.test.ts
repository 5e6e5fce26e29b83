// The build command: in-process for its cases, and once as a clerk runs it (a child process).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/build';
import { captured, spawned } from './capture';
import { lyingBomb } from '../xlsx/zip-bombs';

const ROOT = join(__dirname, '../..');
/** The seeds that hold a responsibility table (002's appendix travels separately; 003 has none). */
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .sort()
  .filter((name) => !/^00[23]_/.test(name))
  .map((name) => join(ROOT, 'seeds', name));
const TABLE_SEED = join(ROOT, 'seeds/000_bfdfd6760bd5685d.txt');

function build(...args: string[]) {
  return captured(run, args);
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'respmatrix-build-'));
}

describe('cli build', () => {
  test('writes the combined workbook and one workbook per bureau', async () => {
    const dir = scratch();
    const { code, stdout } = await build(...SEEDS, '-o', join(dir, '分工表.xlsx'), '--per-unit', join(dir, '各单位'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/已生成 \/ written: .*分工表\.xlsx（10 个工作表，\d+ 项任务，\d+ 个审核问题）/);
    const perUnit = readdirSync(join(dir, '各单位'));
    expect(stdout).toContain(`已生成 / written: ${perUnit.length} 个单位工作簿`);
    expect(perUnit.length).toBeGreaterThan(10);
    expect(perUnit.every((name) => name.endsWith('.xlsx'))).toBe(true);
    expect(readFileSync(join(dir, '分工表.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('refuses to overwrite an existing file without --force, and writes nothing', async () => {
    const dir = scratch();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'the clerk’s own file');
    const refused = await build(TABLE_SEED, '-o', target, '--per-unit', join(dir, 'units'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('以下文件已存在，未作任何修改；如需覆盖请加 --force');
    expect(readFileSync(target, 'utf8')).toBe('the clerk’s own file');
    expect(existsSync(join(dir, 'units'))).toBe(false);
    const forced = await build(TABLE_SEED, '-o', target, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  test.each([
    ['no -o', [TABLE_SEED], '请用 -o 指定输出文件'],
    ['no input file', ['-o', 'x.xlsx'], '请给出要读取的文件'],
    ['an unknown flag', [TABLE_SEED, '-o', 'x.xlsx', '--bogus'], "参数错误 / bad arguments: Unknown option '--bogus'"],
    ['an output that is not .xlsx', [TABLE_SEED, '-o', 'x.csv'], '输出文件应以 .xlsx 结尾'],
  ])('exits 2 with a message for %s', async (_, args, message) => {
    const { code, stderr, stdout } = await build(...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(stderr).toContain('用法 / usage: npm run -s cli -- build');
  });

  test('exits 1 and writes nothing when an input cannot be read', async () => {
    const dir = scratch();
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0]));
    const { code, stderr } = await build(TABLE_SEED, binary, '-o', join(dir, 'out.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toContain('有 1 个文件无法读取，未生成工作簿');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('exits 1 when no document holds a responsibility table', async () => {
    const dir = scratch();
    const { code, stderr } = await build(join(ROOT, 'seeds/003_f2673a1d053848d2.txt'), '-o', join(dir, 'out.xlsx'));
    expect(code).toBe(1);
    expect(stderr).toContain('没有读到任何任务');
    expect(stderr).toContain('有 1 个文件没有读到任务，未生成工作簿');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('run from the command line, it takes the 单位名录 of a workbook it built as --directory', async () => {
    const dir = scratch();
    const first = join(dir, 'first.xlsx');
    expect((await build(TABLE_SEED, '-o', first)).code).toBe(0);
    const second = spawned('build', [TABLE_SEED, '-o', join(dir, 'second.xlsx'), '--directory', first]);
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
    expect(second.stdout).toContain('second.xlsx');
    expect(existsSync(join(dir, 'second.xlsx'))).toBe(true);
  });

  test('a zip bomb given as --directory is refused, named, and nothing is written', async () => {
    const dir = scratch();
    const good = join(dir, 'good.xlsx');
    expect((await build(TABLE_SEED, '-o', good)).code).toBe(0);
    const bomb = join(dir, '名录.xlsx');
    writeFileSync(bomb, await lyingBomb(readFileSync(good)));
    const { code, stderr } = await build(TABLE_SEED, '-o', join(dir, 'out.xlsx'), '--directory', bomb);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bomb}: 单位名录有误`);
    expect(stderr).toContain('恶意文件');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('refuses, before writing anything, an OUT that a bureau workbook would replace', async () => {
    const dir = scratch();
    const { code, stdout, stderr } = await build(TABLE_SEED, '-o', join(dir, '下发', '党群工作部.xlsx'), '--per-unit', join(dir, '下发'));
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('输出文件重名');
    expect(stderr).toContain(`${join(dir, '下发', '党群工作部.xlsx')} = ${join(dir, '下发', '党群工作部.xlsx')}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('with --force, a folder where a bureau file would go is refused before anything is replaced', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'out.xlsx'), 'the last build');
    mkdirSync(join(dir, '下发', '党群工作部.xlsx'), { recursive: true });
    const { code, stderr } = await build(TABLE_SEED, '-o', join(dir, 'out.xlsx'), '--per-unit', join(dir, '下发'), '--force');
    expect(code).toBe(1);
    expect(stderr).toContain('是文件夹');
    expect(readFileSync(join(dir, 'out.xlsx'), 'utf8')).toBe('the last build');
    expect(readdirSync(join(dir, '下发'))).toEqual(['党群工作部.xlsx']);
  });

  test('above the size ceiling it refuses up front, in Chinese, with exit 1, and writes nothing; within it, it builds', async () => {
    const dir = scratch();
    const small = { maxTasks: 5, maxMatrixCells: 1_000_000 };
    const refused = await captured((args) => run(args, small), [TABLE_SEED, '-o', join(dir, 'out.xlsx'), '--per-unit', join(dir, 'units')]);
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/文件太大，未生成工作簿：共 \d+ 项任务、\d+ 个单位（责任矩阵 \d+ 格）；上限为 5 项任务/);
    expect(readdirSync(dir)).toEqual([]);
    const byCells = await captured((args) => run(args, { maxTasks: 1_000_000, maxMatrixCells: 10 }), [TABLE_SEED, '-o', join(dir, 'out.xlsx')]);
    expect(byCells.code).toBe(1);
    expect(byCells.stderr).toContain('责任矩阵 10 格');
    const built = await captured((args) => run(args, { maxTasks: 1_000_000, maxMatrixCells: 1_000_000 }), [TABLE_SEED, '-o', join(dir, 'out.xlsx')]);
    expect(built.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });
});
