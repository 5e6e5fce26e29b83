// The audit command: JSON or a report on stdout, problems on stderr, exit 0 whenever the audit ran
// (flags are findings), non-zero for bad input or usage. In-process for its cases, and once as a
// clerk runs it (a child process).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/audit';
import { captured, spawned } from './capture';

const ROOT = join(__dirname, '../..');
const SEED = join(ROOT, 'seeds/001_1088d2aaa7c2a7e4.txt');
const APPENDIX_MISSING_SEED = join(ROOT, 'seeds/002_f8ab61b7d9ee5968.txt');

function cli(...args: string[]) {
  return captured(run, args);
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'audit-')), name);
  writeFileSync(path, text);
  return path;
}

describe('cli audit', () => {
  it('prints the design’s JSON shape, with a suggestion, and exits 0 although there are flags', async () => {
    const { code, stdout, stderr } = await cli(SEED, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { flags, ...rest } = JSON.parse(stdout);
    expect(rest).toEqual({});
    expect(flags).toHaveLength(60);
    expect(Object.keys(flags[0])).toEqual(['code', 'severity', 'document', 'table', 'row', 'column', 'text', 'units', 'message', 'suggestion']);
    expect(flags).toContainEqual({
      code: 'repeated-unit',
      severity: 'warning',
      document: 0,
      table: 3,
      row: 4,
      column: 3,
      text: expect.stringContaining('县水利局、县农业农村委'),
      units: ['县水利局', '县水利局'],
      message: '「县水利局」在同一单元格中出现了2次。',
      suggestion: '只保留一个「县水利局」。',
    });
  });

  it('prints a readable report grouped by severity, then the coverage summary', async () => {
    const { code, stdout } = await cli(SEED);
    expect(code).toBe(0);
    expect(stdout).toContain('审核 / audit：1 个文件，121 项任务，60 个问题');
    const order = ['错误 / errors（1）', '警告 / warnings（53）', '提示 / notes（6）', '覆盖情况 / coverage'].map((h) => stdout.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(stdout).toContain('[blank-unit] 《001_1088d2aaa7c2a7e4.txt》「四、重点措施」第6行「责任单位」列：该任务没有填写责任单位。');
    expect(stdout).toContain('没有具体责任部门的任务 / tasks without a bureau：28 项');
    expect(stdout).toContain('任务过多的单位 / overloaded bureaus：县应急管理局（49 项，中位数 4.5）');
  });

  it('checks names against the clerk’s directory when one is given', async () => {
    const directory = tempFile('名录.csv', '单位名称,别名,类型,成员\n县应急管理局,县应急局,单位,\n县林草局,,单位,\n');
    const { code, stdout } = await cli(SEED, '--json', '--directory', directory);
    expect(code).toBe(0);
    const unknown = JSON.parse(stdout).flags.filter((f: { code: string }) => f.code === 'unknown-unit');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('不在单位名录中') });
    expect((await cli(SEED, '--directory', directory)).stdout).toContain('名录中没有任务的单位 / bureaus with no task：县林草局');
  });

  it('refuses a directory file with the wrong header, in Chinese, and exits 1', async () => {
    const directory = tempFile('bad.csv', '名称,备注\n县应急管理局,\n');
    const { code, stdout, stderr } = await cli(SEED, '--json', '--directory', directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('单位名录有误 / bad directory: 单位名录的第一行应为表头「单位名称,别名,类型,成员」');
  });

  it('says a directory file is missing and exits 1', async () => {
    const { code, stderr } = await cli(SEED, '--directory', 'no-such-directory.csv');
    expect(code).toBe(1);
    expect(stderr).toBe('no-such-directory.csv: 无法读取单位名录文件 / cannot read the directory file\n');
  });

  it('run as a child process, says a document is missing, still audits the others, and exits 1', () => {
    const { code, stdout, stderr } = spawned('audit', ['no-such-file.txt', SEED, '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe('no-such-file.txt: 找不到文件 / file not found\n');
    expect(JSON.parse(stdout).flags).toHaveLength(60);
  });

  it('never reports a clean audit of a document that yields no task: no report, the reason on stderr, exit 1', async () => {
    for (const args of [[APPENDIX_MISSING_SEED, '--json'], [APPENDIX_MISSING_SEED]]) {
      const { code, stdout, stderr } = await cli(...args);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^002_f8ab61b7d9ee5968\.txt: \[appendix-missing\] /m);
      expect(stderr).toContain(`${APPENDIX_MISSING_SEED}: 没有读到任何任务`);
      expect(stderr).toContain('请导入附件原件');
    }
  });

  it('audits the documents that yield tasks beside one that does not, and exits 1 naming it', async () => {
    const { code, stdout, stderr } = await cli(SEED, APPENDIX_MISSING_SEED, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).flags).toHaveLength(60);
    expect(stderr).toContain(`${APPENDIX_MISSING_SEED}: 没有读到任何任务`);
  });

  it('needs at least one file, and knows its options', async () => {
    expect(await cli('--json')).toMatchObject({ code: 2, stderr: expect.stringContaining('请给出要读取的文件') });
    expect(await cli(SEED, '--pivot')).toMatchObject({ code: 2, stderr: expect.stringContaining('参数错误') });
  });
});
