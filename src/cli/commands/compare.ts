// `compare OLD… --new NEW… [--json] [-o OUT.xlsx] [--force] [--directory FILE]`: 年度对比 — last
// year's plan (OLD, one or more documents) against this year's (NEW): the tasks added, removed and
// changed, and per unit what is new, dropped or changed. `--` separates the sides as `--new` does.
// With -o, this year's combined workbook (as `build` writes it) with a 「年度对比」 sheet.
// Exit 0 compared · 1 a side with nothing read, an unreadable file, a file in the way · 2 wrong usage.

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyse } from '../../core/analyse';
import type { ComparedTask, Comparison, TaskChange } from '../../core/compare/comparison';
import { comparePlans } from '../../core/compare/compare-plans';
import { FEW_MATCHES_SHARE } from '../../core/compare/compare-tasks';
import { unitSentence } from '../../core/compare/unit-comparison';
import { renderAnalysis } from '../../xlsx/render-analysis';
import { messageOf, refuse, usageError } from '../arguments';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import { readInputs, type Inputs } from '../read-inputs';
import { writeAtomically } from '../write-file';

const USAGE = `用法 / usage: npm run -s cli -- compare OLD… --new NEW… [--json] [-o OUT.xlsx] [--force] [--directory FILE]
  OLD…               上一年的文件（可多个）/ last year's documents
  --new NEW… 或 -- NEW…  今年的文件（可多个）/ this year's documents, after --new or --
  --json             输出 JSON / print JSON
  -o OUT.xlsx        生成今年的工作簿并加入「年度对比」工作表 / write this year's workbook with 年度对比
  --force            覆盖已有文件 / overwrite OUT
  --directory FILE   单位名录（CSV 或含「单位名录」表的 .xlsx）/ the unit directory`;

const OPTIONS = {
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  directory: { type: 'string' },
} as const;

interface Sides {
  old: string[];
  new: string[];
  values: { json?: boolean; output?: string; force?: boolean; directory?: string };
}

/** The two sides and the options, which may stand on either side of the separator. */
function parseSides(args: string[]): Sides | number {
  const at = args.findIndex((arg) => arg === '--new' || arg === '--');
  if (at < 0) return usageError('请用 --new 或 -- 分开上一年和今年的文件 / separate the two sides with --new or --', USAGE);
  const sides: Sides = { old: [], new: [], values: {} };
  for (const [half, files] of [
    [args.slice(0, at), sides.old],
    [args.slice(at + 1), sides.new],
  ] as const) {
    try {
      const parsed = parseArgs({ args: half, options: OPTIONS, allowPositionals: true, strict: true });
      files.push(...parsed.positionals);
      for (const [key, value] of Object.entries(parsed.values)) if (value !== undefined) Object.assign(sides.values, { [key]: value });
    } catch (error) {
      return usageError(`参数错误 / bad arguments: ${messageOf(error)}`, USAGE);
    }
  }
  if (sides.old.length === 0) return usageError('请给出上一年的文件 / no file for last year', USAGE);
  if (sides.new.length === 0) return usageError('请给出今年的文件 / no file for this year', USAGE);
  return sides;
}

export async function run(args: string[]): Promise<number> {
  const sides = parseSides(args);
  if (typeof sides === 'number') return sides;
  const { values } = sides;
  if (values.output !== undefined && !values.output.toLowerCase().endsWith('.xlsx')) return usageError(`输出文件应以 .xlsx 结尾 / the output must be an .xlsx file: ${values.output}`, USAGE);
  if (values.output !== undefined && !values.force && existsSync(values.output)) {
    return refuse(`文件已存在，未作任何修改；如需覆盖请加 --force / ${values.output} exists, nothing written (use --force)`);
  }

  const old = await readInputs(sides.old, values.directory);
  if (!old) return EXIT_BAD_INPUT;
  const next = await readInputs(sides.new, undefined);
  if (!next) return EXIT_BAD_INPUT;
  // A side with nothing read is refused: an empty side would report every task of the other as added or removed.
  if (nothingRead(old)) return refuse('上一年的文件没有读到任务，无法对比 / no task read from last year\'s files; nothing compared');
  if (nothingRead(next)) return refuse('今年的文件没有读到任务，无法对比 / no task read from this year\'s files; nothing compared');
  const failed = old.failed + old.unread + next.failed + next.unread;

  const { comparison } = comparePlans(old.documents, next.documents, { directory: old.directory });
  if (comparison.fewMatches) process.stderr.write(fewMatchesMessage(comparison) + '\n');
  process.stdout.write((values.json ? JSON.stringify(compareJson(comparison), null, 2) : readable(comparison, sides)) + '\n');

  if (values.output !== undefined) {
    if (failed > 0) return refuse(`有 ${failed} 个文件未能读到任务，未生成工作簿 / ${failed} file(s) not read; no workbook written`);
    try {
      const analysis = analyse(next.documents, { directory: old.directory });
      const rendered = await renderAnalysis(analysis, { perUnit: false, comparison });
      await writeAtomically(values.output, rendered.combined);
      process.stderr.write(`已生成 / written: ${values.output}（今年的工作簿，含「年度对比」）\n`);
    } catch (error) {
      return refuse(`写入失败 / cannot write: ${messageOf(error)}`);
    }
  }
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

function nothingRead(inputs: Inputs): boolean {
  return inputs.documents.length === inputs.unread;
}

function fewMatchesMessage(c: Comparison): string {
  const matched = c.changed.length + c.unchanged;
  const share = Math.round((100 * matched) / Math.min(c.oldTasks, c.newTasks));
  return `注意 / note：两边只有 ${matched} 项任务相近（占较少一方的 ${share}%，不到 ${FEW_MATCHES_SHARE * 100}%），可能不是同一项工作的两年计划，请确认所选文件 / few tasks match: these may be unrelated plans`;
}

function taskJson({ document, table, row, text, units, lead }: ComparedTask) {
  return { document, table, row, text, units, lead };
}

/** design.md's contract, then `units` (the per-unit summary) as an extra field. */
function compareJson(c: Comparison) {
  return {
    added: c.added.map(taskJson),
    removed: c.removed.map(taskJson),
    changed: c.changed.map((ch) => ({
      old: taskJson(ch.old),
      new: taskJson(ch.new),
      textChanged: ch.textChanged,
      unitsGained: ch.unitsGained,
      unitsLost: ch.unitsLost,
      leadBefore: ch.leadBefore,
      leadAfter: ch.leadAfter,
    })),
    unchanged: c.unchanged,
    units: c.units.map(({ unit, newLead, newSupport, droppedLead, droppedSupport, changed }) => ({ unit, newLead, newSupport, droppedLead, droppedSupport, changed })),
  };
}

function short(text: string, length = 60): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > length ? line.slice(0, length) + '…' : line;
}

function where(task: ComparedTask): string {
  return `${task.source} 表${task.table + 1}第${task.row + 1}行`;
}

function unitsOf(task: ComparedTask): string {
  return task.units.map((u) => (task.lead.includes(u) ? `${u}（牵头）` : u)).join('、') || '（无）';
}

function changeLines(ch: TaskChange): string[] {
  const lines = [`  ~ ${short(ch.new.text)}（${where(ch.new)}）`];
  if (ch.textChanged) lines.push(`      上一年：${short(ch.old.text)}（${where(ch.old)}）`);
  if (ch.unitsGained.length > 0) lines.push(`      增加单位：${ch.unitsGained.join('、')}`);
  if (ch.unitsLost.length > 0) lines.push(`      减少单位：${ch.unitsLost.join('、')}`);
  const before = ch.leadBefore.join('、') || '（无）';
  const after = ch.leadAfter.join('、') || '（无）';
  if (before !== after) lines.push(`      牵头：${before} → ${after}`);
  return lines;
}

function readable(c: Comparison, sides: Sides): string {
  const lines = [
    `年度对比 / compare：上一年 ${c.oldTasks} 项任务（${sides.old.length} 个文件），今年 ${c.newTasks} 项（${sides.new.length} 个文件）`,
    `  新增 ${c.added.length} 项，删去 ${c.removed.length} 项，有变化 ${c.changed.length} 项，未变 ${c.unchanged} 项 / added, removed, changed, unchanged`,
  ];
  if (c.fewMatches) {
    // Two unrelated plans: a list of every task as added and removed would say nothing.
    lines.push('', fewMatchesMessage(c), '（新增与删去的任务不逐项列出；用 --json 可得完整清单）');
  } else {
    if (c.added.length > 0) lines.push('', `新增 / added（${c.added.length}）`, ...c.added.map((t) => `  + ${short(t.text)}〔${unitsOf(t)}〕（${where(t)}）`));
    if (c.removed.length > 0) lines.push('', `删去 / removed（${c.removed.length}）`, ...c.removed.map((t) => `  - ${short(t.text)}〔${unitsOf(t)}〕（${where(t)}）`));
  }
  if (c.changed.length > 0) lines.push('', `有变化 / changed（${c.changed.length}）`, ...c.changed.flatMap(changeLines));
  if (c.units.length > 0 && !c.fewMatches) lines.push('', '按单位 / by unit', ...c.units.map((u) => `  ${u.unit}：${unitSentence(u)}`));
  return lines.join('\n');
}
