// 「县公安局县交通运输委」: two or more known units written with no separator between them.

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
