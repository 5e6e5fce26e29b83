// The directory indexed once by normalised key, so that resolving a mention is one map lookup
// however many names the directory holds.

import type { DirectoryEntry, UnitDirectory, UnitKind } from './unit';
import { aliasPair } from './alias-pair';
import { unitKind } from './kind';
import { unitKey } from './normalise';

export interface DirectoryIndex {
  byKey: ReadonlyMap<string, DirectoryEntry>;
  /** The longest name in the directory, plus room for a level prefix: no known unit is longer. */
  longestName: number;
}

export interface Resolution {
  canonical: string;
  kind: UnitKind;
  known: boolean;
}

/**
 * Names and aliases first; then, where the directory did not say otherwise, each half of a
 * 「A（B）」 name, so that a clerk's 「综合执法局（应急管理局）」 also answers to 「应急管理局」.
 */
export function indexDirectory(directory: UnitDirectory): DirectoryIndex {
  const byKey = new Map<string, DirectoryEntry>();
  let longestName = 0;
  const names = (entry: DirectoryEntry): string[] => [entry.canonical, ...entry.aliases];
  for (const entry of directory.entries) {
    for (const name of names(entry)) {
      if (!byKey.has(unitKey(name))) byKey.set(unitKey(name), entry);
      longestName = Math.max(longestName, name.length);
    }
  }
  for (const entry of directory.entries) {
    for (const name of names(entry)) {
      const pair = aliasPair(name);
      for (const half of pair ? [pair.outer, pair.inner] : []) {
        if (!byKey.has(unitKey(half))) byKey.set(unitKey(half), entry);
      }
    }
  }
  return { byKey, longestName: longestName + 2 };
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

/** The entry a written name means: its own key, else (for 「A（B）」) the entry of A or of B. */
function findEntry(directory: UnitDirectory | DirectoryIndex, written: string): DirectoryEntry | undefined {
  const { byKey } = indexFor(directory);
  const found = byKey.get(unitKey(written));
  if (found) return found;
  const pair = aliasPair(written);
  return pair && (byKey.get(unitKey(pair.outer)) ?? byKey.get(unitKey(pair.inner)));
}

/** A directory (indexed on first use and remembered) or an index built with `indexDirectory`. */
export function resolveUnit(directory: UnitDirectory | DirectoryIndex, written: string): Resolution {
  const entry = findEntry(directory, written);
  return entry
    ? { canonical: entry.canonical, kind: entry.kind, known: true }
    : { canonical: written.trim(), kind: unitKind(written), known: false };
}
