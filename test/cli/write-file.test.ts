// Writing several outputs together: all in place, or none (what --force replaced is restored), with
// no staging folder or temporary file left behind after a failure or a SIGTERM.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clashingOutputs, writeAtomically, writeOutputs } from '../../src/cli/write-file';

const ROOT = join(__dirname, '../..');
const bytes = (text: string) => new TextEncoder().encode(text);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'respmatrix-write-'));
}

describe('writeOutputs', () => {
  test('writes every file, into folders it creates, and leaves nothing else', async () => {
    const dir = scratch();
    await writeOutputs([
      { path: join(dir, 'a.xlsx'), bytes: bytes('a') },
      { path: join(dir, '下发', 'b.xlsx'), bytes: bytes('b') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', '下发']);
    expect(readdirSync(join(dir, '下发'))).toEqual(['b.xlsx']);
    expect(readFileSync(join(dir, '下发', 'b.xlsx'), 'utf8')).toBe('b');
  });

  test('a failure while moving into place puts back what it moved, and a rerun finds nothing in its way', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.xlsx'), 'old');
    mkdirSync(join(dir, 'c.xlsx'));
    const files = [
      { path: join(dir, 'a.xlsx'), bytes: bytes('new') },
      { path: join(dir, 'b.xlsx'), bytes: bytes('b') },
      { path: join(dir, 'c.xlsx'), bytes: bytes('c') },
    ];
    await expect(writeOutputs(files)).rejects.toThrow('是一个文件夹');
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'c.xlsx']);
    expect(readFileSync(join(dir, 'a.xlsx'), 'utf8')).toBe('old');
    await writeOutputs(files.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });

  test('one file whose rename fails leaves no <name>.<pid>.tmp behind', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out.xlsx'));
    await expect(writeAtomically(join(dir, 'out.xlsx'), bytes('x'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('SIGTERM while writing removes the staging folder and writes nothing', () => {
    const dir = scratch();
    const script = `
      const { writeOutputs } = require(${JSON.stringify(join(ROOT, 'src/cli/write-file.ts'))});
      writeOutputs([{ path: ${JSON.stringify(join(dir, 'a.xlsx'))}, bytes: new Uint8Array([1]) }, { path: ${JSON.stringify(join(dir, '下发', 'b.xlsx'))}, bytes: new Uint8Array([2]) }], {
        afterStaged: () => { process.kill(process.pid, 'SIGTERM'); return new Promise((r) => setTimeout(r, 10000)); },
      });`;
    const child = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    // Ended by the signal (tsx's wrapper reports it as 128 + 15).
    expect(child.signal === 'SIGTERM' || child.status === 143).toBe(true);
    expect(child.stderr).toBe('');
    expect(readdirSync(dir)).toEqual(['下发']);
    expect(readdirSync(join(dir, '下发'))).toEqual([]);
  });
});

describe('clashingOutputs', () => {
  test('finds paths that are one file, however written', () => {
    expect(clashingOutputs(['下发/建设局.xlsx', '下发/./建设局.XLSX', '汇总.xlsx'])).toEqual([['下发/建设局.xlsx', '下发/./建设局.XLSX']]);
    expect(clashingOutputs(['a.xlsx', 'b.xlsx'])).toEqual([]);
  });
});
