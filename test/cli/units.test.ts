// The units command: JSON on stdout, messages on stderr. In-process for its cases, and once as a
// clerk runs it (a child process).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/units';
import { captured, spawned } from './capture';

const ROOT = join(__dirname, '../..');
const GAOXIN = join(ROOT, 'seeds/000_bfdfd6760bd5685d.txt');

function cli(...args: string[]) {
  return captured(run, args);
}

function directoryFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'units-')), '名录.csv');
  writeFileSync(path, text);
  return path;
}

describe('cli units', () => {
  it('lists the units of a seed as JSON with kinds, aliases, written forms and counts, and the proposals', async () => {
    const { code, stdout, stderr } = await cli(GAOXIN, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['units', 'proposals']);
    expect(output.units).toHaveLength(28);
    expect(output.units[0]).toEqual({
      canonical: '综合执法局（应急管理局）',
      kind: 'bureau',
      aliases: ['应急管理局', '综合执法局'],
      written: ['综合执法局（应急管理局）', '应急管理局', '公共服务局综合执法局（应急管理局）'],
      lead: 25,
      support: 14,
    });
    expect(output.units.find((u: { canonical: string }) => u.canonical === '市场监督管理局')).toEqual({
      canonical: '市场监督管理局',
      kind: 'bureau',
      aliases: ['市场监管局'],
      written: ['市场监督管理局', '市场监管局'],
      lead: 1,
      support: 9,
    });
    expect(output.proposals).toEqual([
      {
        a: '高新区公安分局',
        b: '高新区公安分局交巡警支队',
        reason: '「高新区公安分局交巡警支队」是「高新区公安分局」后加「交巡警支队」，可能是同一单位，也可能是其下属机构，请确认',
        code: 'alias-longer',
        args: { a: '高新区公安分局', b: '高新区公安分局交巡警支队', added: '交巡警支队' },
      },
    ]);
  });

  it('prints a readable list without --json', async () => {
    const { code, stdout } = await cli(GAOXIN);
    expect(code).toBe(0);
    expect(stdout).toContain('责任单位 / units：28 个（单位 21，统称 4，泛指 3）');
    expect(stdout).toContain('  各镇街 [统称] 牵头 0 · 配合 64');
    expect(stdout).toContain('  高新区公安分局 ↔ 高新区公安分局交巡警支队：');
  });

  it('resolves the units against a directory file, and proposes nothing then', async () => {
    const path = directoryFile('\uFEFF单位名称,别名,类型,成员\r\n应急管理局,综合执法局（应急管理局）,单位,\r\n');
    const { code, stdout, stderr } = await cli(GAOXIN, '--json', '--directory', path);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const output = JSON.parse(stdout);
    expect(output.units[0]).toMatchObject({ canonical: '应急管理局', aliases: ['综合执法局（应急管理局）'], lead: 25 });
    expect(output.proposals).toEqual([]);
  });

  it('run as a child process, reports the bad rows of a directory file by line on stderr and still lists the units on stdout, as in-process', async () => {
    const path = directoryFile('单位名称,别名,类型,成员\n,建设局,单位,\n');
    const child = spawned('units', [GAOXIN, '--json', '--directory', path]);
    expect({ code: child.code, stderr: child.stderr }).toEqual({ code: 0, stderr: `${path}: 第 2 行：没有单位名称，此行已忽略。\n` });
    expect(child).toEqual(await cli(GAOXIN, '--json', '--directory', path));
  });

  it('refuses a directory file without the header, or missing, with a Chinese message and exit 1', async () => {
    const bad = directoryFile('名称,别名\n建设局,\n');
    expect(await cli(GAOXIN, '--directory', bad)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${bad}: 单位名录有误 / bad directory: 单位名录的第一行应为表头「单位名称,别名,类型,成员」，实际是「名称,别名」。\n`,
    });
    expect(await cli(GAOXIN, '--directory', 'no-such.csv')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'no-such.csv: 无法读取单位名录文件 / cannot read the directory file\n',
    });
  });

  it('lists nothing for a document that yields no task, says why, and exits 1', async () => {
    const noTable = join(ROOT, 'seeds/003_f2673a1d053848d2.txt');
    const { code, stdout, stderr } = await cli(noTable, '--json');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain(`${noTable}: 没有读到任何任务`);
  });

  it('refuses an unknown option and a missing file list with exit 2', async () => {
    const unknown = await cli(GAOXIN, '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^参数错误 \/ bad arguments: .*--frobnicate/);
    expect(await cli('--json')).toMatchObject({ code: 2, stderr: expect.stringContaining('请给出要读取的文件') });
  });
});
