// Same-bureau pairs the directory builder is not sure of, for the clerk to confirm: one name is
// the other with something added (「高新区公安分局交巡警支队」, 「垫江县应急管理局」), or two long
// names, as written, differ in one character that is not the last (the last, 局/委/办, says what
// kind of body it is: 防减救灾委 and 防减救灾办 are the committee and its office). Found through
// indexes (prefixes, suffixes, one-deletion variants), never by comparing every entry with every other.
// Only names of one level are compared: the county's and the district's bureaus are two bodies
// anyway. For a qualifier added, a name that states no level may be any level's, as in the index.

import type { MessageArgs } from '../result';
import type { AliasProposal, DirectoryEntry } from './unit';
import { entryLevel } from './directory-index';
import { foldWidth, removeSpacing } from '../text/normalise';
import { keyAt, levelOf, stemKey, stripLevel } from './normalise';

/** Shorter keys (公安局, 办) are contained in too many names to say anything. */
const SHORTEST_CONTAINED = 3;
/** One character apart means little in a short name (安委办 / 消安办). */
const SHORTEST_NEAR = 5;
/** A stem shared by more names than this is a numbered series (第一…第九大队), not a slip of the pen. */
const MOST_NEAR = 4;

interface Named {
  entry: DirectoryEntry;
  name: string;
  /** The name's level (its own, else the one its entry's names state) and its stem key. */
  level: string;
  stem: string;
  /** The name as written, without spacing or level prefix: what 「只差一个字」 is about. */
  bare: string;
}

function containedProposals(named: Named[]): AliasProposal[] {
  const byKey = new Map<string, Named>();
  const byStem = new Map<string, Named>();
  for (const item of named) {
    if (!byKey.has(keyAt(item.level, item.stem))) byKey.set(keyAt(item.level, item.stem), item);
    if (!byStem.has(item.stem)) byStem.set(item.stem, item);
  }
  const find = (level: string, stem: string): Named | undefined =>
    byKey.get(keyAt(level, stem)) ?? (level === '' ? byStem.get(stem) : byKey.get(keyAt('', stem)));
  const found: AliasProposal[] = [];
  for (const longer of named) {
    const { level, stem: key } = longer;
    for (let cut = SHORTEST_CONTAINED; cut <= key.length - 2; cut += 1) {
      const prefix = find(level, key.slice(0, cut));
      if (prefix && prefix.entry !== longer.entry) {
        const added = key.slice(cut);
        const reason = `「${longer.name}」是「${prefix.name}」后加「${added}」，可能是同一单位，也可能是其下属机构，请确认`;
        found.push(proposal('alias-longer', prefix, longer, reason, { added }));
      }
      const suffix = find(level, key.slice(key.length - cut));
      if (suffix && suffix.entry !== longer.entry) {
        found.push(proposal('alias-qualified', suffix, longer, `「${longer.name}」比「${suffix.name}」前面多了限定语，可能是同一单位，请确认`));
      }
    }
  }
  return found;
}

/** Every way of deleting one character from a key: two keys sharing one are at most two edits apart. */
function deletions(key: string): string[] {
  return [...key].map((_, i) => key.slice(0, i) + key.slice(i + 1));
}

function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length === 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && deletions(long).includes(short);
}

/** Stems: the bare name without its last character; two names are near when their stems are. */
function nearProposals(named: Named[]): AliasProposal[] {
  const byVariant = new Map<string, Named[]>();
  for (const item of named.filter((n) => n.bare.length >= SHORTEST_NEAR)) {
    const stem = item.bare.slice(0, -1);
    for (const variant of new Set([stem, ...deletions(stem)])) {
      const key = keyAt(item.level, variant + item.bare.slice(-1));
      const group = byVariant.get(key);
      if (group) group.push(item);
      else byVariant.set(key, [item]);
    }
  }
  const found: AliasProposal[] = [];
  for (const group of byVariant.values()) {
    if (group.length > MOST_NEAR) continue;
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i], group[j]];
        if (a.entry !== b.entry && oneEditApart(a.bare, b.bare)) {
          found.push(proposal('alias-one-character', a, b, `「${a.name}」与「${b.name}」只差一个字，可能是同一单位的不同写法，请确认`));
        }
      }
    }
  }
  return found;
}

/** `args` names the two as the reason does (as written, which may differ from their canonical names). */
function proposal(code: string, a: Named, b: Named, reason: string, args: MessageArgs = {}): AliasProposal {
  return { a: a.entry.canonical, b: b.entry.canonical, reason, code, args: { a: a.name, b: b.name, ...args } };
}

/** One proposal per pair of entries (the first reason found), in a stable order. */
export function proposeAliases(entries: DirectoryEntry[]): AliasProposal[] {
  const named = entries
    .filter((e) => e.kind === 'bureau')
    .flatMap((entry) => {
      const names = [entry.canonical, ...entry.aliases];
      const level = entryLevel(names);
      return names.map((name) => ({ entry, name, level: levelOf(name) || level, stem: stemKey(name), bare: stripLevel(removeSpacing(foldWidth(name))) }));
    });
  const seen = new Set<string>();
  return [...containedProposals(named), ...nearProposals(named)].filter((p) => {
    const pair = [p.a, p.b].sort().join('\u0000');
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  });
}
