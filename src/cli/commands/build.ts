// `build FILE… -o OUT.xlsx [--per-unit DIR] [--directory FILE] [--force] [--per-table] [--unit-sheets]
// [--on DATE] [--within DAYS]`:
// the workbook the add-in makes, written to a file, and with --per-unit one workbook per bureau.
// Nothing is written unless every input was read, no two outputs are one file (OUT inside the
// --per-unit folder under a bureau's name) and no output file would be overwritten (unless --force);
// all files are then written together (see write-file.ts), or none. A document above the size
// ceiling (build-limits.ts) is refused before any workbook is planned. Exit 0 written · 1 bad input,
// too large, or a file in the way · 2 wrong usage.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../core/analyse';
import { renderAnalysis } from '../../xlsx/render-analysis';
import { messageOf, parseCommandArgs, refuse, usageError } from '../arguments';
import { BUILD_LIMITS, tooLargeToBuild, type BuildLimits } from '../build-limits';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import { readInputs } from '../read-inputs';
import { REPORT_DAY_OPTIONS, reportDay } from '../report-day';
import { clashingOutputs, writeOutputs } from '../write-file';

const USAGE = `用法 / usage: npm run -s cli -- build FILE… -o OUT.xlsx [--per-unit DIR] [--directory FILE] [--force]
  --per-unit DIR     每个单位另存一个工作簿 / one workbook per bureau in DIR
  --directory FILE   单位名录（CSV 或含「单位名录」表的 .xlsx）/ the unit directory
  --force            覆盖已有文件 / overwrite existing files
  --per-table        每张表一个导入工作表 / one import sheet per table
  --unit-sheets      每个单位一个「任务-单位」工作表 / one task sheet per bureau
  --on DATE          到期提醒的日期，默认今天 / the day of 到期提醒 (default today)
  --within DAYS      列出几天内到期的任务，默认 15 / due within DAYS (default 15)`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'per-unit': { type: 'string' },
  directory: { type: 'string' },
  force: { type: 'boolean' },
  'per-table': { type: 'boolean' },
  'unit-sheets': { type: 'boolean' },
  ...REPORT_DAY_OPTIONS,
} as const;

/** `limits`: the size ceiling (build-limits.ts); tests pass a small one. */
export async function run(args: string[], limits: BuildLimits = BUILD_LIMITS): Promise<number> {
  const parsed = parseCommandArgs(args, OPTIONS, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!values.output) return usageError('请用 -o 指定输出文件 / missing -o OUT.xlsx', USAGE);
  if (!values.output.toLowerCase().endsWith('.xlsx')) return usageError(`输出文件应以 .xlsx 结尾 / the output must be an .xlsx file: ${values.output}`, USAGE);

  const day = reportDay(values, USAGE);
  if (typeof day === 'number') return day;

  const inputs = await readInputs(positionals, values.directory);
  if (!inputs) return EXIT_BAD_INPUT;
  if (inputs.failed > 0) return refuse(`有 ${inputs.failed} 个文件无法读取，未生成工作簿 / ${inputs.failed} file(s) could not be read; nothing written`);
  if (inputs.unread > 0) return refuse(`有 ${inputs.unread} 个文件没有读到任务，未生成工作簿 / ${inputs.unread} file(s) yield no task; nothing written`);
  const analysis = analyse(inputs.documents, { directory: inputs.directory });
  const tooLarge = tooLargeToBuild(analysis, limits);
  if (tooLarge !== undefined) return refuse(tooLarge);

  const perUnit = values['per-unit'];
  const rendered = await renderAnalysis(analysis, {
    importSheets: values['per-table'] ? 'table' : 'document',
    unitSheets: values['unit-sheets'] ?? false,
    perUnit: perUnit !== undefined,
    ...day,
  });
  const files = [
    { path: values.output, bytes: rendered.combined },
    ...rendered.bureaus.map((b) => ({ path: join(perUnit ?? '.', b.fileName), bytes: b.bytes })),
  ];
  const clashes = clashingOutputs(files.map((f) => f.path));
  if (clashes.length > 0) {
    const list = clashes.map((same) => `  ${same.join(' = ')}`).join('\n');
    return refuse(`输出文件重名，后写的会替换先写的，未作任何修改；请让 -o 指向 --per-unit 文件夹之外 / outputs would replace one another, nothing written:\n${list}`);
  }
  const folders = files.filter((f) => existsSync(f.path) && statSync(f.path).isDirectory());
  if (folders.length > 0) return refuse(`以下位置是文件夹，不能写成工作簿，未作任何修改 / a folder stands where a file would be written, nothing written:\n${folders.map((f) => `  ${f.path}`).join('\n')}`);
  const inTheWay = values.force ? [] : files.filter((f) => existsSync(f.path));
  if (inTheWay.length > 0) {
    const list = inTheWay.slice(0, 5).map((f) => `  ${f.path}`).join('\n');
    return refuse(`以下文件已存在，未作任何修改；如需覆盖请加 --force / file(s) exist, nothing written (use --force):\n${list}${inTheWay.length > 5 ? `\n  …共 ${inTheWay.length} 个` : ''}`);
  }
  try {
    await writeOutputs(files);
  } catch (error) {
    return refuse(`写入失败 / cannot write: ${messageOf(error)}`);
  }
  process.stdout.write(
    `已生成 / written: ${values.output}（${rendered.sheetNames.length} 个工作表，${analysis.tasks.length} 项任务，${analysis.flags.length} 个审核问题）\n` +
      (perUnit !== undefined ? `已生成 / written: ${rendered.bureaus.length} 个单位工作簿 → ${perUnit}\n` : ''),
  );
  return EXIT_OK;
}
