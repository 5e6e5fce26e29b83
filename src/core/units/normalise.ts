// The keys that decide whether two written names mean one body: the government it belongs to
// (县, 区, 市… by level) and its stem. Only ever compared, never shown: the clerk always sees the
// text as written.

import { foldWidth, removeSpacing } from '../text/normalise';
import { SAME_BUREAU_NAMES } from './abbreviations';

/**
 * Level prefixes: 县/区/市 (and 县级…) before a bureau name. Not before 委 (县委 is the Party
 * committee, another body), nor where the character starts a word (市场, 市政, 区域, 市民).
 */
const LEVEL = /^(?:县级|区级|市级|乡级|镇级|县(?!委)|区(?![委域])|市(?![委场政域民直属]))/;
/** Names that state their level without a prefix to drop: the Party's 县委宣传部, and 有关县级部门. */
const LEVEL_INSIDE = /^(?:(?:有关|相关|各)?(县|区|市)级|(县|区|市)委)/;

/** The name without its level prefix (「县应急管理局」 → 「应急管理局」), when something is left. */
export function stripLevel(name: string): string {
  const match = LEVEL.exec(name);
  return match && name.length - match[0].length >= 2 ? name.slice(match[0].length) : name;
}

/** The level a name states (县级 → 县, 县委宣传部 → 县), or '' when it states none. */
function statedLevel(name: string): string {
  if (stripLevel(name) !== name) return LEVEL.exec(name)?.[0].charAt(0) ?? '';
  const inside = LEVEL_INSIDE.exec(name);
  return inside ? (inside[1] ?? inside[2] ?? '') : '';
}

/** Generic folds: 和 between words, 委员会 → 委, 办公室 → 办 (「发展和改革委员会」 = 「发展改革委」). */
function fold(stem: string): string {
  return stem.replace(/和/g, '').replace(/委员会/g, '委').replace(/办公室$/, '办');
}

/** Every spelling of the abbreviation table, folded, pointing at its line's folded normal form. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  SAME_BUREAU_NAMES.flatMap((spellings) => spellings.map((s) => [fold(s), fold(spellings[0])] as const)),
);

function foldedStem(name: string): string {
  const folded = fold(stripLevel(name));
  return ABBREVIATIONS.get(folded) ?? folded;
}

interface Parsed {
  level: string;
  stem: string;
}

/** Names already parsed: the same names (and, for joined units, the same substrings) come back
 *  thousands of times in a large table. Cleared when full, so memory stays bounded. */
const computed = new Map<string, Parsed>();
const MAX_COMPUTED = 50_000;

/** 「A（B）」 keys each name on its own, so that 「县发展改革委（县国动办）」 and
 *  「发展和改革委员会（国防动员办公室）」 meet; its level is the one A states, else B. */
function parse(written: string): Parsed {
  let parsed = computed.get(written);
  if (parsed === undefined) {
    const name = removeSpacing(foldWidth(written));
    const pair = /^(.+)\((.+)\)$/.exec(name);
    parsed = pair
      ? { level: statedLevel(pair[1]) || statedLevel(pair[2]), stem: `${foldedStem(pair[1])}(${foldedStem(pair[2])})` }
      : { level: statedLevel(name), stem: foldedStem(name) };
    if (computed.size >= MAX_COMPUTED) computed.clear();
    computed.set(written, parsed);
  }
  return parsed;
}

/** The government level a written name states by its prefix (县, 区, 市…), or '' for a bare name. */
export function levelOf(written: string): string {
  return parse(written).level;
}

/**
 * The name's key without its level: widths folded, spacing removed, level prefix, 和/委员会/办公室
 * and the usual abbreviations folded. Equal stems are one body within one government.
 */
export function stemKey(written: string): string {
  return parse(written).stem;
}

/** The key of a stem at a level: what `unitKey` gives, for a level and stem already known. */
export function keyAt(level: string, stem: string): string {
  return `${level}\u0001${stem}`;
}

/**
 * The identity of a unit: its government level and its stem. The level is the one the name
 * states, else `level`, that of the document it is written in: 「应急管理局」 in a county's
 * document is 「县应急管理局」, and neither is the district's 「区应急局」.
 */
export function unitKey(written: string, level = ''): string {
  const parsed = parse(written);
  return keyAt(parsed.level || level, parsed.stem);
}
