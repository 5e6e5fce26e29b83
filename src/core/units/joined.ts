// 「县公安局县交通运输委」: two or more known units written with no separator between them.

import { leadingPlace } from '../text/places';

/**
 * The known units that `name` is made of, in order, or undefined when it is not two or more of
 * them. Fewest parts win, so a known long name is not cut into shorter known ones.
 * Cost: `name.length × longest` lookups, only for names that are not known themselves.
 */
export function joinedParts(name: string, isKnown: (part: string) => boolean, longest: number): string[] | undefined {
  const length = name.length;
  // parts[i]: the fewest known parts that spell name.slice(i), or undefined.
  const parts: Array<string[] | undefined> = new Array(length + 1);
  parts[length] = [];
  for (let start = length - 2; start >= 0; start -= 1) {
    for (let end = Math.min(length, start + longest); end >= start + 2; end -= 1) {
      const rest = parts[end];
      if (!rest || (start === 0 && end === length)) continue;
      const best = parts[start];
      const part = name.slice(start, end);
      if ((!best || best.length > rest.length + 1) && isKnown(part)) parts[start] = [part, ...rest];
    }
  }
  const found = parts[0];
  return found && found.length >= 2 ? found : undefined;
}

/** What a unit's name ends with; the longer endings first, so 「街道」 is not read as 「道」. */
const NAME_END = /(?:中心|公司|街道|委员会|政府|局|委|办|站|所|镇|乡|队|院|会|部|厅|处|室)$/;
/** A name that starts with its level or a collective: 「县」公安局, 「各」乡镇; or with a place's name (德清县公安局). */
const NAME_START = /^[县区市省镇乡各]/;

/**
 * Two unit names run together that no directory knows, found from the shape of Chinese unit
 * names: the first ends as a unit does, and the second either starts with a level or a place (「县应急局县公安局」,
 * 「县委县政府」) or ends the same way (「派出所工商所」, 「甲街道乙街道」). One name whose middle merely
 * ends like a unit (「县委宣传部」, 「县文化旅游委员会」) is neither, and stays whole.
 */
export function joinedByShape(name: string): string[] | undefined {
  for (let cut = 2; cut <= name.length - 2; cut += 1) {
    const left = name.slice(0, cut);
    const right = name.slice(cut);
    const leftEnd = NAME_END.exec(left)?.[0];
    const rightEnd = NAME_END.exec(right)?.[0];
    if (!leftEnd || !rightEnd) continue;
    const startsAnew = (NAME_START.test(right) || leadingPlace(right) !== '') && right.length >= 3;
    if (startsAnew || (leftEnd === rightEnd && right.length >= 2)) return [left, ...(joinedByShape(right) ?? [right])];
  }
  return undefined;
}
