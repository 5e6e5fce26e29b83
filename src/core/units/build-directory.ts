// A directory built from the documents themselves, for when the clerk has none: every distinct
// unit written, with the names that normalise alike or are paired as 「A（B）」 put in one entry.
//
// Canonical name of an entry: a 「A（B）」 form if there is one (it names the body both ways, so
// 「综合执法局（应急管理局）」 stays the name and 「应急管理局」 an alias); among equals the form
// written most often; then the longer; then code-point order, so the result is stable.
// Pairs that only look alike (an extra qualifier, one character apart) are proposed, not merged.

import type { SourceDocument } from '../tables/raw-table';
import type { AliasProposal, DirectoryEntry, UnitDirectory, UnitKind } from './unit';
import { aliasPair } from './alias-pair';
import { readCellUnits } from './cell-units';
import { joinedParts } from './joined';
import { unitKind } from './kind';
import { unitKey } from './normalise';
import { proposeAliases } from './proposals';
import { isResponsibilityRole } from './roles';

/** How often each unit name is written in the responsibility cells of the documents. */
function countNames(documents: SourceDocument[]): Map<string, number> {
  const counts = new Map<string, number>();
  const cellNames = new Map<string, string[]>();
  for (const table of documents.flatMap((d) => d.tables)) {
    const columns = table.columns.flatMap((c, i) => (isResponsibilityRole(c.role) ? [i] : []));
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.cells[column];
        if (cell.merge) continue; // a merged cell repeats a name already counted
        let names = cellNames.get(cell.text);
        if (!names) {
          names = readCellUnits(cell.text).map((t) => t.name);
          cellNames.set(cell.text, names);
        }
        for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function halves(name: string): string[] {
  const pair = aliasPair(name);
  return pair ? [pair.outer, pair.inner] : [];
}

/** Names that are two or more other names run together (「公共服务局综合执法局（应急管理局）」). */
function joinedNames(names: string[]): Set<string> {
  const known = new Set(names.flatMap((n) => [n, ...halves(n)]).map(unitKey));
  const longest = Math.max(0, ...names.map((n) => n.length));
  return new Set(
    names.filter((name) => {
      if (unitKind(name) !== 'bureau') return false;
      const own = new Set([name, ...halves(name)].map(unitKey));
      const isOther = (part: string): boolean => known.has(unitKey(part)) && !own.has(unitKey(part));
      return joinedParts(name, isOther, longest) !== undefined;
    }),
  );
}

/** Union-find over keys: names whose keys meet end in one class. */
function classesOf(names: string[]): Map<string, string[]> {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let top = key;
    for (let up = parent.get(top); up !== undefined && up !== top; up = parent.get(top)) top = up;
    parent.set(key, top);
    return top;
  };
  const union = (a: string, b: string): void => {
    parent.set(root(a), root(b));
  };
  for (const name of names) {
    root(unitKey(name));
    for (const half of halves(name)) union(unitKey(half), unitKey(name));
  }
  const classes = new Map<string, string[]>();
  for (const name of names) {
    const key = root(unitKey(name));
    const members = classes.get(key);
    if (members) members.push(name);
    else classes.set(key, [name]);
  }
  return classes;
}

const KIND_ORDER: Record<UnitKind, number> = { bureau: 0, group: 1, vague: 2 };

function entryOf(names: string[], counts: Map<string, number>): DirectoryEntry {
  const count = (n: string): number => counts.get(n) ?? 0;
  const ranked = [...names].sort(
    (a, b) =>
      Number(aliasPair(b) !== undefined) - Number(aliasPair(a) !== undefined) ||
      count(b) - count(a) ||
      b.length - a.length ||
      (a < b ? -1 : 1),
  );
  const [canonical, ...aliases] = ranked;
  return { canonical, aliases, kind: unitKind(canonical), members: [] };
}

export function buildDirectory(documents: SourceDocument[]): { directory: UnitDirectory; proposals: AliasProposal[] } {
  const counts = countNames(documents);
  const joined = joinedNames([...counts.keys()]);
  const written = [...counts.keys()].filter((n) => !joined.has(n));
  // The halves of 「A（B）」 are names of the body too, even where never written alone.
  const names = [...new Set([...written, ...written.flatMap(halves)])];
  const load = (e: DirectoryEntry): number => [e.canonical, ...e.aliases].reduce((sum, n) => sum + (counts.get(n) ?? 0), 0);
  const entries = [...classesOf(names).values()]
    .map((members) => entryOf(members, counts))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || load(b) - load(a) || (a.canonical < b.canonical ? -1 : 1));
  return { directory: { entries }, proposals: proposeAliases(entries) };
}
