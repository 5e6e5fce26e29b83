// The collect command: what it writes and prints, and how it refuses; in-process, and once as a clerk
// runs it (a child process). The matching itself is tested in test/core/loop and, on the seeds with
// real files, in test/xlsx/collect-round-trip.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as build } from '../../src/cli/commands/build';
import { run as collect } from '../../src/cli/commands/collect';
import { captured, spawned } from './capture';
import { declaredBomb, lyingBomb } from '../xlsx/zip-bombs';

const ROOT = join(__dirname, '../..');
const SEED = join(ROOT, 'seeds/000_bfdfd6760bd5685d.txt');

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'respmatrix-collect-cli-'));
  const built = await captured(build, [SEED, '-o', join(dir, '汇总.xlsx'), '--per-unit', join(dir, '回收'), '--on', '2025-07-01']);
  if (built.code !== 0) throw new Error(built.stderr);
}, 60_000);

describe('cli collect', () => {
  test('a folder of returned workbooks is collected into a new file, with a summary line per part', async () => {
    const out = join(dir, 'out1.xlsx');
    const { code, stdout, stderr } = await captured(collect, [join(dir, '汇总.xlsx'), join(dir, '回收'), '-o', out, '--on', '2025-07-01']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^已汇总 \/ collected: 21 个文件，21\/21 个单位已报送；进展汇总 \d+ 行，已填报 0 行，截至 2025-07-01 逾期未完成 0 行/);
    expect(stdout).toContain('已生成 / written: ');
    expect(stdout).toContain('（进展汇总、回收统计、回收问题、到期提醒）');
    expect(existsSync(out)).toBe(true);
  });

  test('run as a child process, --json prints the summary on stdout, nothing on stderr, and exits 0', () => {
    const { code, stdout, stderr } = spawned('collect', [join(dir, '汇总.xlsx'), join(dir, '回收'), '-o', join(dir, 'spawned.xlsx'), '--on', '2025-07-01', '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).units).toHaveLength(21);
    expect(existsSync(join(dir, 'spawned.xlsx'))).toBe(true);
  });

  test('--json gives the files, the per-unit counts and every problem with its code', async () => {
    const [first] = readdirSync(join(dir, '回收')).sort();
    const { code, stdout } = await captured(collect, [join(dir, '汇总.xlsx'), join(dir, '回收', first ?? ''), '-o', join(dir, 'out2.xlsx'), '--on', '2025-07-01', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.files.map((f: { fileName: string }) => f.fileName)).toEqual([first]);
    expect(json.units).toHaveLength(21);
    // The other 20 bureaus have not sent theirs; the one sent came back blank.
    expect(json.problems.filter((p: { code: string }) => p.code === 'not-returned')).toHaveLength(20);
    expect(json.problems[0]).toEqual({ code: 'not-returned', file: '', unit: expect.any(String), message: expect.stringContaining('尚未报送') });
    expect(json.problems.filter((p: { code: string }) => p.code !== 'not-returned').map((p: { code: string; file: string }) => [p.code, p.file])).toEqual([['unanswered', first]]);
  });

  test('with no returned file, 到期提醒 alone: 进展汇总 and 到期提醒 redone for the day, 回收统计 and 回收问题 kept', async () => {
    // Seed 000 has no 完成时间: a plan of its own, with deadlines years back.
    const plan = join(dir, '分工.txt');
    writeFileSync(plan, ['序号|工作任务|完成时间|责任单位', '1|完成隐患排查整治|2020年6月底前|区应急局、区公安分局', '2|修订应急预案|长期坚持|区民政局'].join('\n'));
    const [base, collected] = [join(dir, 'plan.xlsx'), join(dir, 'plan-collected.xlsx')];
    expect((await captured(build, [plan, '-o', base, '--per-unit', join(dir, 'plan-returns')])).code).toBe(0);
    expect((await captured(collect, [base, join(dir, 'plan-returns'), '-o', collected, '--on', '2020-01-01'])).code).toBe(0);
    const json = await captured(collect, [collected, '-o', join(dir, 'plan-due.xlsx'), '--on', '2025-07-01', '--json']);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual({
      output: join(dir, 'plan-due.xlsx'),
      on: '2025-07-01',
      within: 15,
      units: [
        { unit: '区公安分局', overdue: 1, dueSoon: 0 },
        { unit: '区应急局', overdue: 1, dueSoon: 0 },
      ],
    });
    const readable = await captured(collect, [collected, '-o', join(dir, 'plan-due2.xlsx'), '--on', '2020-06-20']);
    expect(readable.stdout).toBe(
      `到期提醒 / due: 截至 2020-06-20 已逾期未完成 0 项，15 天内到期 2 项，涉及 2 个单位（回收统计、回收问题未改动）\n已生成 / written: ${join(dir, 'plan-due2.xlsx')}（进展汇总、到期提醒）\n`,
    );
  });

  test('a returned file that cannot be used is named on stderr and exits 1, and the others are still collected', async () => {
    const bad = join(dir, '坏文件.xlsx');
    writeFileSync(bad, 'not a workbook');
    const out = join(dir, 'out3.xlsx');
    const { code, stdout, stderr } = await captured(collect, [join(dir, '汇总.xlsx'), bad, join(dir, '回收'), '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toBe('「坏文件.xlsx」未能读取：这不是 Excel 工作簿（.xlsx）文件。\n');
    expect(stdout).toContain('21 个文件');
    expect(existsSync(out)).toBe(true);
  });

  test('a returned zip bomb is refused by name under the shared zip limits, the others still collected', async () => {
    const bomb = join(dir, '炸弹.xlsx');
    writeFileSync(bomb, await declaredBomb(readFileSync(join(dir, '回收', '党群工作部.xlsx'))));
    const out = join(dir, 'out-bomb.xlsx');
    const { code, stdout, stderr } = await captured(collect, [join(dir, '汇总.xlsx'), bomb, join(dir, '回收'), '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^「炸弹\.xlsx」未能读取：压缩包解开后超过 300 MB.*恶意文件/);
    expect(stdout).toContain('21 个文件');
  });

  test('a zip bomb as BASE is refused by name and nothing is written', async () => {
    const bomb = join(dir, '汇总炸弹.xlsx');
    writeFileSync(bomb, await lyingBomb(readFileSync(join(dir, '汇总.xlsx'))));
    const out = join(dir, 'out-bomb-base.xlsx');
    const { code, stderr } = await captured(collect, [bomb, join(dir, '回收'), '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/汇总工作簿「汇总炸弹\.xlsx」无法打开：.*恶意文件/);
    expect(existsSync(out)).toBe(false);
  });

  test('a base without a 进展汇总 is refused and nothing is written', async () => {
    const returned = join(dir, '回收', '党群工作部.xlsx');
    const out = join(dir, 'out4.xlsx');
    const { code, stderr } = await captured(collect, [returned, '-o', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('「党群工作部.xlsx」中没有「进展汇总」表');
    expect(existsSync(out)).toBe(false);
  });

  test('an existing output is never overwritten without --force, and never when it is one of the inputs', async () => {
    const base = join(dir, '汇总.xlsx');
    const before = readFileSync(base);
    const inTheWay = join(dir, 'taken.xlsx');
    writeFileSync(inTheWay, 'mine');
    expect((await captured(collect, [base, '-o', inTheWay])).stderr).toContain('已存在');
    expect(readFileSync(inTheWay, 'utf8')).toBe('mine');
    const self = await captured(collect, [base, '-o', base, '--force']);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('输出文件不能是输入文件之一');
    expect(readFileSync(base)).toEqual(before);
  });

  test('an empty folder, a bad day and a missing -o are reported', async () => {
    mkdirSync(join(dir, 'empty'));
    expect((await captured(collect, [join(dir, '汇总.xlsx'), join(dir, 'empty'), '-o', join(dir, 'o.xlsx')])).stderr).toContain('文件夹是空的');
    expect((await captured(collect, [join(dir, '汇总.xlsx'), '-o', join(dir, 'o.xlsx'), '--on', '2025-13-01'])).code).toBe(2);
    expect((await captured(collect, [join(dir, '汇总.xlsx')])).code).toBe(2);
  });
});
