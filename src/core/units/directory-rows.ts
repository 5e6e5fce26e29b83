// The directory as a sheet the clerk edits: 「单位名称,别名,类型,成员」, one body per row, aliases and
// members separated by 、, kind as 单位/统称/泛指 (群体, the word of older workbooks, still reads as
// 统称). The same rows come from a CSV file or from an Excel range, so both give the same directory.
// A bad row is reported with its line and skipped (or, for one bad alias, that alias is dropped); the
// rest of the directory still loads.

import { failure, success, warning, type Result, type Warning } from '../result';
import { compactLabel } from '../tables/column-roles';
import { splitNames } from '../text/assignment';
import type { DirectoryEntry, UnitDirectory, UnitKind } from './unit';
import { entryLevel } from './directory-index';
import { unitKind } from './kind';
import { unitKey } from './normalise';

export const DIRECTORY_HEADER = ['单位名称', '别名', '类型', '成员'] as const;

const KIND_LABEL: Record<UnitKind, string> = { bureau: '单位', group: '统称', vague: '泛指' };
const KIND_OF_LABEL = new Map<string, UnitKind>([
  ...(Object.entries(KIND_LABEL) as Array<[UnitKind, string]>).flatMap(([kind, label]): Array<[string, UnitKind]> => [
    [label, kind],
    [kind, kind],
  ]),
  // Directories written before 统称 was the word, and clerks' own files that keep the old one.
  ['群体', 'group'],
]);
const LIST_SEPARATOR = '、';

export function directoryToRows(directory: UnitDirectory): string[][] {
  return [
    [...DIRECTORY_HEADER],
    ...directory.entries.map((e) => [e.canonical, e.aliases.join(LIST_SEPARATOR), KIND_LABEL[e.kind], e.members.join(LIST_SEPARATOR)]),
  ];
}

/** 「A、B（C、D）」 → A, B（C、D）: the separators of a cell, never inside brackets. */
function listOf(cell: string): string[] {
  return splitNames(cell);
}

interface Claim {
  name: string;
  line: number;
}

/** `lines[i]` is the line number to report for `rows[i]`; by default row i is line i + 1. */
export function directoryFromRows(rows: string[][], lines: number[] = rows.map((_, i) => i + 1)): Result<UnitDirectory> {
  const header = (rows[0] ?? []).map(compactLabel);
  if (DIRECTORY_HEADER.some((label, i) => header[i] !== label) || header.slice(4).some((h) => h !== '')) {
    return failure('directory-header', `单位名录的第一行应为表头「${DIRECTORY_HEADER.join(',')}」，实际是「${(rows[0] ?? []).join(',')}」。`, {
      expected: DIRECTORY_HEADER.join(','),
      found: (rows[0] ?? []).join(','),
    });
  }
  const warnings: Warning[] = [];
  const entries: DirectoryEntry[] = [];
  // Each normalised name belongs to one entry: a second body may not claim it. Names are keyed at
  // the level their row states (as the index reads them): 「县应急局」 and 「区应急局」 are two bodies.
  const claims = new Map<string, Claim>();
  const clash = (name: string, line: number, level: string): Claim | undefined => {
    const claim = claims.get(unitKey(name, level));
    return claim && claim.line !== line ? claim : undefined;
  };
  rows.slice(1).forEach((row, i) => {
    const line = lines[i + 1];
    const cells = row.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const [canonical = '', aliasCell = '', kindCell = '', memberCell = ''] = cells;
    if (cells.slice(4).some((c) => c !== '')) {
      warnings.push(warning('directory-extra-cells', `第 ${line} 行：多于 4 列，第 5 列起的内容已忽略。`, { line }));
    }
    if (canonical === '') {
      warnings.push(warning('directory-no-name', `第 ${line} 行：没有单位名称，此行已忽略。`, { line }));
      return;
    }
    const level = entryLevel([canonical, ...listOf(aliasCell)]);
    const taken = clash(canonical, line, level);
    if (taken) {
      warnings.push(warning('directory-duplicate', `第 ${line} 行：「${canonical}」与第 ${taken.line} 行的「${taken.name}」是同一名称，此行已忽略。`, { line, name: canonical, otherLine: taken.line, other: taken.name }));
      return;
    }
    const aliases = listOf(aliasCell).filter((alias) => {
      const other = clash(alias, line, level);
      if (other) warnings.push(warning('directory-duplicate', `第 ${line} 行：别名「${alias}」已是第 ${other.line} 行「${other.name}」的名称，此别名已忽略。`, { line, alias, otherLine: other.line, other: other.name }));
      return !other;
    });
    let kind = KIND_OF_LABEL.get(kindCell);
    if (!kind) {
      kind = unitKind(canonical);
      if (kindCell !== '') {
        warnings.push(warning('directory-bad-kind', `第 ${line} 行：类型「${kindCell}」应为 单位、统称 或 泛指，已按名称判断为「${KIND_LABEL[kind]}」。`, { line, written: kindCell, kind }));
      }
    }
    for (const name of [canonical, ...aliases]) if (!claims.has(unitKey(name, level))) claims.set(unitKey(name, level), { name, line });
    entries.push({ canonical, aliases, kind, members: listOf(memberCell) });
  });
  return success({ entries }, warnings);
}
