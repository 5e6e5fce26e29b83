// `audit FILE… [--json] [--directory FILE]`: the audit's flags, as the design's JSON contract or as a
// readable report grouped by severity, followed by the coverage summary. Flags are findings, not
// failures: exit 0 when the audit ran; 1 when a file or the directory could not be read; 2 for usage.

import type { Analysis } from '../../core/analysis';
import type { Flag, Severity } from '../../core/audit/flag';
import { placesOf } from '../../core/audit/place';
import type { SourceDocument } from '../../core/tables/raw-table';
import { analyseFiles } from '../analyse-files';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';

const USAGE = '用法 / usage: npm run -s cli -- audit FILE… [--json] [--directory FILE]';
const SEVERITY_HEADINGS: Array<[Severity, string]> = [
  ['error', '错误 / errors'],
  ['warning', '警告 / warnings'],
  ['info', '提示 / notes'],
];

export async function run(args: string[]): Promise<number> {
  const files = await analyseFiles(args, USAGE);
  if (typeof files === 'number') return files;
  const { analysis, json, failed } = files;
  const output = json ? JSON.stringify({ flags: analysis.flags.map(flagJson) }, null, 2) : report(analysis);
  process.stdout.write(output + '\n');
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
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
