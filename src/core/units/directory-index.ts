// The directory indexed once by normalised key, so that resolving a mention is at most two map
// lookups however many names the directory holds.
//
// An entry belongs to the government level its names state (a row 「县应急管理局、应急局」 is the
// county's bureau, 「应急局」 included); an entry whose names state none belongs to every level.
// A mention is looked up at its own level (its prefix, else its document's): first the entries of
// that level, then the level-free ones. 「区应急局」 never finds 「县应急管理局」; a bare
// 「应急管理局」 in the clerk's directory answers to both. A mention whose level is unknown (a bare
// name in a document that states none) is matched by its stem alone, level-free entries first.

import type { DirectoryEntry, UnitDirectory, UnitKind } from './unit';
import { aliasPair } from './alias-pair';
import { unitKind } from './kind';
import { keyAt, levelOf, stemKey, unitKey } from './normalise';

export interface DirectoryIndex {
  byKey: ReadonlyMap<string, DirectoryEntry>;
  /** Every name by stem alone, for mentions whose level is unknown. */
  byStem: ReadonlyMap<string, DirectoryEntry>;
  /** The longest name in the directory, plus room for a level prefix: no known unit is longer. */
  longestName: number;
}

export interface Resolution {
  canonical: string;
  kind: UnitKind;
  known: boolean;
}

/** The level an entry's names state (the first that states one), or '' for every level. */
export function entryLevel(names: string[]): string {
  for (const name of names) {
    const level = levelOf(name);
    if (level !== '') return level;
  }
  return '';
}

/**
 * Names and aliases first; then, where the directory did not say otherwise, each half of a
 * 「A（B）」 name, so that a clerk's 「综合执法局（应急管理局）」 also answers to 「应急管理局」.
 */
export function indexDirectory(directory: UnitDirectory): DirectoryIndex {
  const byKey = new Map<string, DirectoryEntry>();
  const byStem = new Map<string, DirectoryEntry>();
  const add = (entry: DirectoryEntry, name: string, level: string): void => {
    if (!byKey.has(unitKey(name, level))) byKey.set(unitKey(name, level), entry);
    if (!byStem.has(stemKey(name))) byStem.set(stemKey(name), entry);
  };
  let longestName = 0;
  const named = directory.entries.map((entry) => {
    const names = [entry.canonical, ...entry.aliases];
    return { entry, names, level: entryLevel(names) };
  });
  for (const { entry, names, level } of named) {
    for (const name of names) {
      add(entry, name, level);
      longestName = Math.max(longestName, name.length);
    }
  }
  for (const { entry, names, level } of named) {
    for (const name of names) {
      const pair = aliasPair(name);
      for (const half of pair ? [pair.outer, pair.inner] : []) add(entry, half, level);
    }
  }
  return { byKey, byStem, longestName: longestName + 2 };
}

const indexes = new WeakMap<UnitDirectory, DirectoryIndex>();

function indexFor(directory: UnitDirectory | DirectoryIndex): DirectoryIndex {
  if ('byKey' in directory) return directory;
  let index = indexes.get(directory);
  if (!index) {
    index = indexDirectory(directory);
    indexes.set(directory, index);
  }
  return index;
}

/** The entry a name means at `level` (its document's): see the head of this file. */
export function lookUp(index: DirectoryIndex, name: string, level: string): DirectoryEntry | undefined {
  const own = levelOf(name) || level;
  const stem = stemKey(name);
  return index.byKey.get(keyAt(own, stem)) ?? (own === '' ? index.byStem.get(stem) : index.byKey.get(keyAt('', stem)));
}

/** The entry a written name means: its own key, else (for 「A（B）」) the entry of A or of B. */
function findEntry(index: DirectoryIndex, written: string, level: string): DirectoryEntry | undefined {
  const found = lookUp(index, written, level);
  if (found) return found;
  const pair = aliasPair(written);
  return pair && (lookUp(index, pair.outer, level) ?? lookUp(index, pair.inner, level));
}

/**
 * A directory (indexed on first use and remembered) or an index built with `indexDirectory`;
 * `level` is that of the document the name is written in ('' when unknown).
 */
export function resolveUnit(directory: UnitDirectory | DirectoryIndex, written: string, level = ''): Resolution {
  const entry = findEntry(indexFor(directory), written, level);
  return entry
    ? { canonical: entry.canonical, kind: entry.kind, known: true }
    : { canonical: written.trim(), kind: unitKind(written), known: false };
}
