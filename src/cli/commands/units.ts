// `units FILE… [--json] [--directory FILE]`: the units named in the responsibility cells, with their
// kind, other names, the ways they are written and how many tasks they lead and support; then the
// pairs that may be one body (only when the directory is built from the documents).
// Exit 0 when the units were listed; 1 when a file or the directory could not be read; 2 for usage.

import type { Analysis } from '../../core/analysis';
import type { UnitKind } from '../../core/units/unit';
import { analyseFiles } from '../analyse-files';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';

const USAGE = '用法 / usage: npm run -s cli -- units FILE… [--json] [--directory FILE]';
const KIND_LABEL: Record<UnitKind, string> = { bureau: '单位', group: '统称', vague: '泛指' };

interface UnitLine {
  canonical: string;
  kind: UnitKind;
  aliases: string[];
  written: string[];
  lead: number;
  support: number;
}

export async function run(args: string[]): Promise<number> {
  const files = await analyseFiles(args, USAGE);
  if (typeof files === 'number') return files;
  const { analysis, json, failed } = files;
  const units = unitLines(analysis);
  const output = json ? JSON.stringify({ units, proposals: analysis.proposals }, null, 2) : report(units, analysis);
  process.stdout.write(output + '\n');
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

/** The units written in the documents (not those a group only implies), as the pivot counts them. */
function unitLines(analysis: Analysis): UnitLine[] {
  const entries = new Map(analysis.directory.entries.map((e) => [e.canonical, e]));
  return analysis.byUnit
    .filter((load) => load.writtenForms.length > 0)
    .map((load) => ({
      canonical: load.canonical,
      kind: load.kind,
      aliases: entries.get(load.canonical)?.aliases ?? [],
      written: load.writtenForms,
      lead: load.lead.length,
      support: load.support.length,
    }));
}

function report(units: UnitLine[], analysis: Analysis): string {
  const count = (kind: UnitKind): number => units.filter((u) => u.kind === kind).length;
  const lines = [`责任单位 / units：${units.length} 个（单位 ${count('bureau')}，统称 ${count('group')}，泛指 ${count('vague')}）`];
  for (const unit of units) {
    lines.push(`  ${unit.canonical} [${KIND_LABEL[unit.kind]}] 牵头 ${unit.lead} · 配合 ${unit.support}`);
    if (unit.aliases.length > 0) lines.push(`      别名 / aliases：${unit.aliases.join('、')}`);
    const others = unit.written.filter((w) => w !== unit.canonical);
    if (others.length > 0) lines.push(`      写作 / written：${others.join('、')}`);
  }
  if (analysis.proposals.length > 0) {
    lines.push('', `可能是同一单位，请确认 / possibly one body（${analysis.proposals.length}）`);
    for (const p of analysis.proposals) lines.push(`  ${p.a} ↔ ${p.b}：${p.reason}`);
  }
  return lines.join('\n');
}
