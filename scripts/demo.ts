// `npm run demo`: builds the bundled seed documents into out/ — one combined workbook, one workbook
// per bureau, and those workbooks collected back (回收汇总) — printing a line per step. Runs straight from the sources with tsx, so it
// works right after `npm ci`. It rewrites its own files in out/ and touches nothing else. Seeds that
// yield no task are named and left out, as every command would refuse them.

import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readSourceFiles } from '../src/cli/read-files';
import { analyse } from '../src/core/analyse';
import { localDay } from '../src/core/calendar/iso-day';
import { collectIntoWorkbook } from '../src/xlsx/collect-workbook';
import { yieldsTasks } from '../src/core/tables/nothing-read';
import { renderAnalysis } from '../src/xlsx/render-analysis';

const ROOT = join(__dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'out');
const COMBINED = join(OUT, '分工表-示例.xlsx');
const PER_UNIT = join(OUT, '各单位');
const COLLECTED = join(OUT, '回收汇总-示例.xlsx');

async function demo(): Promise<number> {
  const paths = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS, name));
  step(`读取… ${paths.length} 个示例文件（seeds/）`);
  const { documents: read, failed } = await readSourceFiles(paths);
  if (failed > 0) return fail(`${failed} 个示例文件无法读取`);
  // Seeds whose appendix travels separately, or that have none, are named (on stderr) and left out.
  const documents = read.filter(yieldsTasks);
  const skipped = read.filter((document) => !yieldsTasks(document)).map((document) => `《${document.source}》`);
  if (skipped.length > 0) step(`跳过… ${skipped.length} 个没有读到任务的示例：${skipped.join('')}（原因见上）`);
  step(`分析… ${documents.reduce((n, d) => n + d.tables.length, 0)} 张表`);
  const analysis = analyse(documents);
  step(`生成… ${analysis.tasks.length} 项任务，${analysis.byUnit.length} 个单位，${analysis.flags.length} 个审核问题`);
  const on = localDay(new Date());
  const rendered = await renderAnalysis(analysis, { perUnit: true, on });
  step(`写入… ${relative(ROOT, OUT)}/`);
  await mkdir(PER_UNIT, { recursive: true });
  await writeFile(COMBINED, rendered.combined);
  for (const bureau of rendered.bureaus) await writeFile(join(PER_UNIT, bureau.fileName), bureau.bytes);
  // The loop's last step on the workbooks just written, as if every bureau sent its list back unfilled.
  step(`回收… ${rendered.bureaus.length} 个单位工作簿（示例：尚未填写）`);
  const collected = await collectIntoWorkbook({ fileName: COMBINED, bytes: rendered.combined }, rendered.bureaus, { on, within: 15 });
  if (!collected.ok) return fail(collected.error.message);
  await writeFile(COLLECTED, collected.value.bytes);
  process.stdout.write(
    `完成：\n  汇总工作簿 ${relative(ROOT, COMBINED)}（${rendered.sheetNames.length} 个工作表：${rendered.sheetNames.map((name) => `「${name}」`).join('')}）\n` +
      `  单位工作簿 ${relative(ROOT, PER_UNIT)}/ 共 ${rendered.bureaus.length} 个\n` +
      `  回收汇总 ${relative(ROOT, COLLECTED)}（进展汇总 ${collected.value.result.rows.length} 行，回收问题 ${collected.value.result.problems.length} 个）\n`,
  );
  return 0;
}

function step(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`示例生成失败 / demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
