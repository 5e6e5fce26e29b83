// `audit FILE… [--json] [--directory FILE]`: the audit's flags, as the design's JSON contract or as a
// readable report grouped by severity, followed by the coverage summary. Flags are findings, not
// failures: exit 0 when the audit ran; 1 when a file or the directory could not be read; 2 for usage.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyse } from '../../core/analyse';
import type { Analysis } from '../../core/analysis';
import type { Flag, Severity } from '../../core/audit/flag';
import { placesOf } from '../../core/audit/place';
import type { SourceDocument } from '../../core/tables/raw-table';
import type { UnitDirectory } from '../../core/units/unit';
import { directoryFromCsv } from '../../core/units/directory-csv';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../command';
import { readSourceFiles } from '../read-files';

const USAGE = '用法 / usage: npm run -s cli -- audit FILE… [--json] [--directory FILE]';
const SEVERITY_HEADINGS: Array<[Severity, string]> = [
  ['error', '错误 / errors'],
  ['warning', '警告 / warnings'],
  ['info', '提示 / notes'],
];

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: 'boolean' }, directory: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    process.stderr.write(`参数错误 / bad arguments: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`请给出要审核的文件 / no files given\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const directory = parsed.values.directory === undefined ? undefined : await readDirectory(parsed.values.directory);
  if (directory === null) return EXIT_BAD_INPUT;
  const { documents, failed } = await readSourceFiles(parsed.positionals);
  for (const document of documents) {
    for (const { code, message } of document.warnings) process.stderr.write(`${document.source}: [${code}] ${message}\n`);
  }
  const analysis = analyse(documents, { directory });
  const output = parsed.values.json ? JSON.stringify({ flags: analysis.flags.map(flagJson) }, null, 2) : report(analysis);
  process.stdout.write(output + '\n');
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

/** The clerk's directory, or null once the reason it cannot be used is on stderr. */
async function readDirectory(path: string): Promise<UnitDirectory | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    process.stderr.write(`${path}: 无法读取单位名录文件 / cannot read the directory file\n`);
    return null;
  }
  const read = directoryFromCsv(text);
  for (const { message } of read.warnings) process.stderr.write(`${path}: ${message}\n`);
  if (read.ok) return read.value;
  process.stderr.write(`${path}: 单位名录有误 / bad directory: ${read.error.message}\n`);
  return null;
}

function flagJson(flag: Flag) {
  const { code, severity, document, table, row, column, text, units, message, suggestion } = flag;
  return { code, severity, document, table, row, column, text, units, message, suggestion };
}

function report(analysis: Analysis): string {
  const { documents, flags, tasks, coverage } = analysis;
  const lines = [`审核 / audit：${documents.length} 个文件，${tasks.length} 项任务，${flags.length} 个问题`];
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const some = flags.filter((f) => f.severity === severity);
    if (some.length === 0) continue;
    lines.push('', `${heading}（${some.length}）`);
    for (const flag of some) lines.push(...flagLines(documents, flag));
  }
  lines.push('', '覆盖情况 / coverage');
  lines.push(`  没有具体责任部门的任务 / tasks without a bureau：${coverage.tasksWithoutBureau.length} 项`);
  if (analysis.directoryGiven) {
    lines.push(`  名录中没有任务的单位 / bureaus with no task：${coverage.unitsWithoutTask.join('、') || '无'}`);
  }
  const overloaded = coverage.overloaded.map((o) => `${o.canonical}（${o.load} 项，中位数 ${o.median}）`);
  lines.push(`  任务过多的单位 / overloaded bureaus：${overloaded.join('、') || '无'}`);
  return lines.join('\n');
}

function flagLines(documents: SourceDocument[], flag: Flag): string[] {
  const label = documents[flag.document]?.tables[flag.table]?.columns[flag.column]?.label;
  const where = `${placesOf(documents, [flag])}${label ? `「${label}」列` : ''}`;
  return [`  [${flag.code}] ${where}：${flag.message}`, `      建议 / fix：${flag.suggestion}`];
}
