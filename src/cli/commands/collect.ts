// `collect BASE.xlsx RETURNED… -o OUT.xlsx [--on DATE] [--within DAYS] [--force] [--json]`: 回收汇总 —
// the bureaus' returned workbooks (files, or folders of them) matched into the combined workbook's
// 进展汇总, with 回收统计, 回收问题 and 到期提醒, written to OUT. With no RETURNED, 到期提醒 alone, as
// the pane's button does: 进展汇总 and 到期提醒 redone for the day, 回收统计 and 回收问题 kept. BASE
// and the returned files are never written to. Exit 0 written · 1 BASE unusable, OUT in the way, or a
// returned file that could not be used (OUT is still written with the others, and the file named) ·
// 2 wrong usage.

import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { isFileProblem, type ReturnProblem } from '../../core/loop/collect';
import { RETURN_PROBLEM_LABEL } from '../../core/plan/return-problems-sheet';
import { unitCounts } from '../../core/loop/unit-counts';
import { collectIntoWorkbook } from '../../xlsx/collect-workbook';
import { remindDueInWorkbook } from '../../xlsx/due-workbook';
import type { NamedBytes } from '../../xlsx/loop-workbook';
import { messageOf, parseCommandArgs, refuse, usageError } from '../arguments';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import { readFileBytes } from '../read-files';
import { REPORT_DAY_OPTIONS, reportDay, type ReportDay } from '../report-day';
import { writeAtomically } from '../write-file';

const USAGE = `用法 / usage: npm run -s cli -- collect BASE.xlsx RETURNED… -o OUT.xlsx [--on DATE] [--within DAYS] [--force] [--json]
  BASE.xlsx          build 生成的汇总工作簿，或上次汇总的结果 / the combined workbook (or the last collection)
  RETURNED…          各单位报回的工作簿，或存放它们的文件夹；不给则只更新进展汇总和到期提醒 /
                     the returned workbooks, or folders of them; none: 到期提醒 only
  --on DATE          判断逾期的日期，默认今天 / the day overdue is judged on (default today)
  --within DAYS      到期提醒列出几天内到期的任务，默认 15 / due within DAYS (default 15)
  --force            覆盖已有的 OUT / overwrite OUT
  --json             以 JSON 输出汇总结果 / print the result as JSON`;

const OPTIONS = { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, json: { type: 'boolean' }, ...REPORT_DAY_OPTIONS } as const;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [basePath, ...returnedPaths] = positionals;
  if (!basePath) return usageError('请给出汇总工作簿 / no BASE.xlsx given', USAGE);
  if (!values.output) return usageError('请用 -o 指定输出文件 / missing -o OUT.xlsx', USAGE);
  if (!values.output.toLowerCase().endsWith('.xlsx')) return usageError(`输出文件应以 .xlsx 结尾 / the output must be an .xlsx file: ${values.output}`, USAGE);
  const day = reportDay(values, USAGE);
  if (typeof day === 'number') return day;

  const base = await readNamed(basePath);
  if (typeof base === 'string') return refuse(`${basePath}: ${base}`);
  const returnedFiles = await expand(returnedPaths);
  if (typeof returnedFiles === 'string') return refuse(returnedFiles);
  if (returnedFiles.some((path) => resolve(path) === resolve(values.output ?? '')) || resolve(basePath) === resolve(values.output)) {
    return refuse(`输出文件不能是输入文件之一，以免覆盖 / OUT must not be one of the inputs: ${values.output}`);
  }
  if (!values.force && existsSync(values.output)) return refuse(`${values.output} 已存在，未作任何修改；如需覆盖请加 --force / exists, nothing written (use --force)`);
  if (returnedPaths.length === 0) return remindDue(base, values.output, day, values.json === true);

  const returned: NamedBytes[] = [];
  const unreadable: ReturnProblem[] = [];
  for (const path of returnedFiles) {
    const file = await readNamed(path);
    if (typeof file === 'string') unreadable.push({ code: 'refused', file: basename(path), unit: '', message: `「${basename(path)}」未能读取：${file}` });
    else returned.push(file);
  }
  const collected = await collectIntoWorkbook(base, returned, day);
  if (!collected.ok) return refuse(collected.error.message);
  const { result, bytes, sheetNames } = collected.value;
  const problems = [...unreadable, ...result.problems];
  try {
    await writeAtomically(values.output, bytes);
  } catch (error) {
    return refuse(`写入失败 / cannot write: ${messageOf(error)}`);
  }
  const refused = problems.filter(isFileProblem);
  for (const problem of refused) process.stderr.write(`${problem.message}\n`);
  const counts = unitCounts(result.rows, day.on, result.files);
  if (values.json) {
    process.stdout.write(
      JSON.stringify(
        {
          output: values.output,
          on: day.on,
          files: result.files,
          units: counts.map(({ unit, tasks, answered, unanswered, byStatus, overdue, files }) => ({ unit, tasks, answered, unanswered, byStatus, overdue, files })),
          problems: problems.map(({ code, file, unit, message }) => ({ code, file, unit, message })),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const answered = result.rows.filter((row) => row.file !== '').length;
    const overdue = counts.reduce((n, c) => n + c.overdue, 0);
    const byCode = new Map<string, number>();
    for (const p of problems) byCode.set(RETURN_PROBLEM_LABEL[p.code], (byCode.get(RETURN_PROBLEM_LABEL[p.code]) ?? 0) + 1);
    process.stdout.write(
      `已汇总 / collected: ${result.files.length} 个文件，${counts.filter((c) => c.files.length > 0).length}/${counts.length} 个单位已报送；` +
        `进展汇总 ${result.rows.length} 行，已填报 ${answered} 行，截至 ${day.on} 逾期未完成 ${overdue} 行\n` +
        `回收问题 / problems: ${problems.length} 个${byCode.size > 0 ? `（${[...byCode].map(([label, n]) => `${label} ${n}`).join('，')}）` : ''}\n` +
        `已生成 / written: ${values.output}（${sheetNames.join('、')}）\n`,
    );
  }
  return refused.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

/** 到期提醒 alone: 进展汇总 and 到期提醒 redone for the day, the counts per unit on stdout. */
async function remindDue(base: NamedBytes, output: string, day: ReportDay, json: boolean): Promise<number> {
  const reminded = await remindDueInWorkbook(base, day);
  if (!reminded.ok) return refuse(reminded.error.message);
  const { bytes, due, sheetNames } = reminded.value;
  try {
    await writeAtomically(output, bytes);
  } catch (error) {
    return refuse(`写入失败 / cannot write: ${messageOf(error)}`);
  }
  const units = due.map((unit) => ({ unit: unit.unit, overdue: unit.overdue.length, dueSoon: unit.dueSoon.length }));
  if (json) {
    process.stdout.write(JSON.stringify({ output, on: day.on, within: day.within, units }, null, 2) + '\n');
  } else {
    const overdue = units.reduce((n, u) => n + u.overdue, 0);
    const soon = units.reduce((n, u) => n + u.dueSoon, 0);
    process.stdout.write(
      `到期提醒 / due: 截至 ${day.on} 已逾期未完成 ${overdue} 项，${day.within} 天内到期 ${soon} 项，涉及 ${units.length} 个单位（回收统计、回收问题未改动）\n` +
        `已生成 / written: ${output}（${sheetNames.join('、')}）\n`,
    );
  }
  return EXIT_OK;
}

async function readNamed(path: string): Promise<NamedBytes | string> {
  const bytes = await readFileBytes(path);
  return typeof bytes === 'string' ? bytes : { fileName: basename(path), bytes };
}

/** Folders become the files in them, by name, leaving out hidden files and Office's 「~$」 lock files. */
async function expand(paths: string[]): Promise<string[] | string> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      // A missing path is reported when it is read, with the other unreadable files.
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => !name.startsWith('.') && !name.startsWith('~$')).sort();
    if (names.length === 0) return `${path}: 文件夹是空的 / the folder is empty`;
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}
