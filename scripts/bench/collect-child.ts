// One 回收汇总 in a process of its own, so that its peak memory is its own: `tsx collect-child.ts
// BASE.xlsx DIR` prints {"ms","peakMB","rows","answered"} for collecting every file of DIR into BASE.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { collectIntoWorkbook } from '../../src/xlsx/collect-workbook';
import { peakResidentMB, round } from './timing';

async function main([basePath = '', dir = '']: string[]): Promise<void> {
  const base = { fileName: 'combined.xlsx', bytes: readFileSync(basePath) };
  const files = readdirSync(dir)
    .sort()
    .map((fileName) => ({ fileName, bytes: readFileSync(join(dir, fileName)) }));
  const start = performance.now();
  const collected = await collectIntoWorkbook(base, files, { on: '2025-07-01', within: 15 });
  const ms = round(performance.now() - start);
  if (!collected.ok) throw new Error(collected.error.message);
  const { rows } = collected.value.result;
  process.stdout.write(JSON.stringify({ ms, peakMB: peakResidentMB(), rows: rows.length, answered: rows.filter((row) => row.file !== '').length }));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exitCode = 1;
});
