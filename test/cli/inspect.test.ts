// The inspect command: JSON on stdout, messages on stderr. In-process for its cases, and once as a
// clerk runs it (a child process).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/inspect';
import { captured, spawned } from './capture';

const ROOT = join(__dirname, '../..');
const SEED = join(ROOT, 'seeds/000_bfdfd6760bd5685d.txt');
const NO_TABLE_SEED = join(ROOT, 'seeds/003_f2673a1d053848d2.txt');

function cli(...args: string[]) {
  return captured(run, args);
}

describe('cli inspect', () => {
  it('prints the design’s JSON shape for a seed, with the document’s title as an extra field, and nothing on stderr', async () => {
    const { code, stdout, stderr } = await cli(SEED, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['documents']);
    const [document] = output.documents;
    expect(Object.keys(document)).toEqual(['source', 'title', 'encoding', 'tables', 'warnings']);
    expect(document).toMatchObject({ source: '000_bfdfd6760bd5685d.txt', title: '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点', encoding: 'utf-8', warnings: [] });
    expect(document.tables.map((t: { rows: unknown[] }) => t.rows.length)).toEqual([5, 18, 57, 14]);
    const [table] = document.tables;
    expect(Object.keys(table)).toEqual(['title', 'header', 'columns', 'rows']);
    expect(table.title).toBe('一、核心绩效指标');
    expect(table.header).toEqual(['序号', '名称', '2025年目标', '责任单位', '备注']);
    expect(table.columns[3]).toEqual({ label: '责任单位', role: 'units' });
    expect(table.rows[0]).toEqual({
      cells: ['1', '较大及以上生产安全事故起数', '0', '安委会各成员单位，各镇街', ''],
      position: { kind: 'line', line: 70 },
    });
  });

  it('prints a readable summary without --json: encoding, document and table titles, row counts and warnings', async () => {
    const { code, stdout } = await cli(SEED);
    expect(code).toBe(0);
    expect(stdout).toContain('000_bfdfd6760bd5685d.txt（utf-8，4 张表 / tables）\n  标题 / title：2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点\n');
    expect(stdout).toContain('「三、重点措施」57 行 × 5 列');
  });

  it('shows a document that yields no task with its warnings, says on stderr that nothing was read, and exits 1', async () => {
    const { code, stdout, stderr } = await cli(SEED, NO_TABLE_SEED);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${NO_TABLE_SEED}: 没有读到任何任务：文中没有表头含「序号」「责任单位」「牵头单位」等列名的分工表，也没有写明「牵头单位：……」或〔……牵头〕的任务。\n` +
        '原件中有表格时，请改用原始的 .docx 文件或网页（.html）导入，纯文本导出可能丢失了表格。\n',
    );
    expect(stdout).toContain('000_bfdfd6760bd5685d.txt（utf-8，4 张表 / tables）\n  标题 / title：2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点\n');
    expect(stdout).toContain('「三、重点措施」57 行 × 5 列');
    expect(stdout).toContain('! [no-table] 文件中没有找到分工表');
  });

  it('run as a child process, says in Chinese that a file is missing, still reports the others, and exits 1', () => {
    const { code, stdout, stderr } = spawned('inspect', ['no-such-file.txt', SEED, '--json']);
    expect(code).toBe(1);
    expect(stderr).toBe('no-such-file.txt: 找不到文件 / file not found\n');
    expect(JSON.parse(stdout).documents).toHaveLength(1);
  });

  it('refuses a directory and a Word 97–2003 .doc with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    const doc = join(dir, '分工.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const { code, stdout, stderr } = await cli(dir, doc);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${dir}: 这是一个文件夹，不是文件 / is a directory\n` +
        `${doc}: 这是 Word 97–2003 的 .doc 文件，无法直接读取：请在 Word 或 WPS 中「另存为」.docx 后再导入。\n`,
    );
  });

  it('rejects an unknown flag and a call without files as wrong usage (exit 2)', async () => {
    const unknown = await cli(SEED, '--jsno');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^参数错误 \/ bad arguments: Unknown option '--jsno'/);
    expect(unknown.stdout).toBe('');
    const none = await cli('--json');
    expect(none).toEqual({ code: 2, stdout: '', stderr: '请给出要读取的文件 / no files given\n用法 / usage: npm run -s cli -- inspect FILE… [--json]\n' });
  });
});
