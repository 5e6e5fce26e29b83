// A directory built from the documents themselves, for when the clerk has none: every distinct
// unit written, with the names that normalise alike or are paired as 「A（B）」 put in one entry.
//
// A unit's identity includes its government's level (see document-level.ts): the county's
// 「县应急管理局」 and the district's 「区应急局」 are two entries, and so is 「应急管理局」 written in
// a document that states no level.
//
// Canonical name of an entry: when the documents come from governments of different levels, a
// name that states the entry's level (else its best name with the level put before it: the clerk
// must see whose bureau it is, and the names must say it when the directory is written out and
// read back). Then a 「A（B）」 form if there is one (it names the body both ways, so
// 「综合执法局（应急管理局）」 stays the name and 「应急管理局」 an alias); among equals the form
// written most often; then the longer; then code-point order, so the result is stable.
// Pairs that only look alike (an extra qualifier, one character apart) are proposed, not merged.

import type { SourceDocument } from '../tables/raw-table';
import type { AliasProposal, DirectoryEntry, UnitDirectory, UnitKind } from './unit';
import { aliasPair } from './alias-pair';
import { documentLevel } from './document-level';
import { joinedByShape, joinedParts } from './joined';
import { unitKind } from './kind';
import { levelOf, unitKey } from './normalise';
import { proposeAliases } from './proposals';
import { writtenNames } from './written-names';

/** A name as written in documents of one level, with how often: 「应急管理局」 in a county's
 *  document and in a district's are two units. */
interface Written {
  name: string;
  /** The level the name states, else that of its document. */
  level: string;
  count: number;
  key: string;
}

/** Each document's names and level; documents that name no unit have no level to count. */
function documentNames(documents: SourceDocument[]): Array<{ names: ReadonlyMap<string, number>; level: string }> {
  return documents.map(writtenNames).filter((names) => names.size > 0).map((names) => ({ names, level: documentLevel(names) }));
}

function writtenUnits(documents: Array<{ names: ReadonlyMap<string, number>; level: string }>): Written[] {
  const units = new Map<string, Written>();
  for (const { names, level } of documents) {
    for (const [name, count] of names) {
      const key = unitKey(name, level);
      const id = `${key}\u0000${name}`;
      const unit = units.get(id);
      if (unit) unit.count += count;
      else units.set(id, { name, level: levelOf(name) || level, count, key });
    }
  }
  return [...units.values()];
}

function halves(name: string): string[] {
  const pair = aliasPair(name);
  return pair ? [pair.outer, pair.inner] : [];
}

/** The halves of 「A（B）」 are names of the body too, even where never written alone. */
function withHalves(written: Written[]): Written[] {
  const units = new Map(written.map((w) => [`${w.key}\u0000${w.name}`, w]));
  for (const { name, level } of written) {
    for (const half of halves(name)) {
      const key = unitKey(half, level);
      const id = `${key}\u0000${half}`;
      if (!units.has(id)) units.set(id, { name: half, level: levelOf(half) || level, count: 0, key });
    }
  }
  return [...units.values()];
}

/** Names that are two or more other names run together (「公共服务局综合执法局（应急管理局）」), or
 *  that read as two by the shape of unit names (「派出所工商所」). */
function joinedUnits(written: Written[]): Set<Written> {
  const known = new Set(written.flatMap((w) => [w.key, ...halves(w.name).map((h) => unitKey(h, w.level))]));
  const longest = Math.max(0, ...written.map((w) => w.name.length));
  return new Set(
    written.filter(({ name, level, key }) => {
      if (unitKind(name) !== 'bureau') return false;
      const own = new Set([key, ...halves(name).map((h) => unitKey(h, level))]);
      const isOther = (part: string): boolean => known.has(unitKey(part, level)) && !own.has(unitKey(part, level));
      return joinedParts(name, isOther, longest) !== undefined || joinedByShape(name) !== undefined;
    }),
  );
}

/** Union-find over keys: units whose keys meet end in one class. */
function classesOf(units: Written[]): Written[][] {
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
  for (const unit of units) {
    root(unit.key);
    for (const half of halves(unit.name)) union(unitKey(half, unit.level), unit.key);
  }
  const classes = new Map<string, Written[]>();
  for (const unit of units) {
    const key = root(unit.key);
    const members = classes.get(key);
    if (members) members.push(unit);
    else classes.set(key, [unit]);
  }
  return [...classes.values()];
}

const KIND_ORDER: Record<UnitKind, number> = { bureau: 0, group: 1, vague: 2 };

/**
 * `stateLevel`: the documents come from governments of different levels, so the name must say
 * whose body it is (「县财政局」, not 「财政局」, beside a district's or a bare-named document's).
 */
function entryOf(units: Written[], stateLevel: boolean): DirectoryEntry {
  const counts = new Map<string, number>();
  for (const { name, count } of units) counts.set(name, (counts.get(name) ?? 0) + count);
  const count = (n: string): number => counts.get(n) ?? 0;
  const level = units[0].level;
  const states = (n: string): number => Number(stateLevel && level !== '' && levelOf(n) === level);
  const ranked = [...counts.keys()].sort(
    (a, b) =>
      states(b) - states(a) ||
      Number(aliasPair(b) !== undefined) - Number(aliasPair(a) !== undefined) ||
      count(b) - count(a) ||
      b.length - a.length ||
      (a < b ? -1 : 1),
  );
  if (stateLevel && level !== '' && states(ranked[0]) === 0) ranked.unshift(level + ranked[0]);
  const [canonical, ...aliases] = ranked;
  return { canonical, aliases, kind: unitKind(canonical), members: [] };
}

export function buildDirectory(documents: SourceDocument[]): { directory: UnitDirectory; proposals: AliasProposal[] } {
  const named = documentNames(documents);
  const written = writtenUnits(named);
  const joined = joinedUnits(written);
  const units = withHalves(written.filter((w) => !joined.has(w)));
  const stateLevel = new Set(named.map((d) => d.level)).size > 1;
  const loads = new Map<DirectoryEntry, number>();
  const entries = classesOf(units).map((members) => {
    const entry = entryOf(members, stateLevel);
    loads.set(entry, members.reduce((sum, m) => sum + m.count, 0));
    return entry;
  });
  const load = (e: DirectoryEntry): number => loads.get(e) ?? 0;
  entries.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || load(b) - load(a) || (a.canonical < b.canonical ? -1 : 1));
  return { directory: { entries }, proposals: proposeAliases(entries) };
}
