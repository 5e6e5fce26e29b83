// The key that decides whether two written names mean one body. It is only ever compared,
// never shown: the clerk always sees the text as written.

import { SAME_BUREAU_NAMES } from './abbreviations';

/** Spacing of any kind, which documents put inside names (「县 应急局」). */
const SPACING = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/**
 * Level prefixes: 县/区/市 (and 县级…) before a bureau name. Not before 委 (县委 is the Party
 * committee, another body), nor where the character starts a word (市场, 市政, 区域, 市民).
 */
const LEVEL = /^(?:县级|区级|市级|乡级|镇级|县|区|市)(?![委场政域民直属])/;

/** Full-width ASCII (ＡＢＣ，（）) folded to half-width; CJK punctuation such as 、 is kept. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function removeSpacing(text: string): string {
  return text.replace(SPACING, '');
}

/** The name without its level prefix (「县应急管理局」 → 「应急管理局」), when something is left. */
export function stripLevel(name: string): string {
  const match = LEVEL.exec(name);
  return match && name.length - match[0].length >= 2 ? name.slice(match[0].length) : name;
}

/** Generic folds: 和 between words, 委员会 → 委, 办公室 → 办 (「发展和改革委员会」 = 「发展改革委」). */
function fold(stem: string): string {
  return stem.replace(/和/g, '').replace(/委员会/g, '委').replace(/办公室$/, '办');
}

/** Every spelling of the abbreviation table, folded, pointing at its line's folded normal form. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  SAME_BUREAU_NAMES.flatMap((spellings) => spellings.map((s) => [fold(s), fold(spellings[0])] as const)),
);

function stemKey(name: string): string {
  const folded = fold(stripLevel(name));
  return ABBREVIATIONS.get(folded) ?? folded;
}

/** Keys already computed: the same names (and, for joined units, the same substrings) come back
 *  thousands of times in a large table. Cleared when full, so memory stays bounded. */
const computed = new Map<string, string>();
const MAX_COMPUTED = 50_000;

/**
 * The normalised key of a unit name: widths folded, spacing removed, level prefix, 和/委员会/办公室
 * and the usual abbreviations folded. 「A（B）」 keys each name on its own, so that
 * 「县发展改革委（县国动办）」 and 「发展和改革委员会（国防动员办公室）」 meet.
 */
export function unitKey(written: string): string {
  let key = computed.get(written);
  if (key === undefined) {
    const name = removeSpacing(foldWidth(written));
    const pair = /^(.+)\((.+)\)$/.exec(name);
    key = pair ? `${stemKey(pair[1])}(${stemKey(pair[2])})` : stemKey(name);
    if (computed.size >= MAX_COMPUTED) computed.clear();
    computed.set(written, key);
  }
  return key;
}
