// The government a document speaks for, by level: a county's document writes 「县应急管理局」, a
// district's 「区应急局」. A name written bare in it (「应急管理局」) is then that level's body.

import { unitKind } from './kind';
import { levelOf } from './normalise';

/**
 * The level prefix (县, 区, 市…) carried by more than half of the bureau names written, counted
 * as often as each is written; '' when none is (重庆高新区 writes its bureaus bare).
 */
export function documentLevel(names: ReadonlyMap<string, number>): string {
  const byLevel = new Map<string, number>();
  let bureaus = 0;
  for (const [name, count] of names) {
    if (unitKind(name) !== 'bureau') continue;
    bureaus += count;
    const level = levelOf(name);
    byLevel.set(level, (byLevel.get(level) ?? 0) + count);
  }
  for (const [level, count] of byLevel) if (level !== '' && count * 2 > bureaus) return level;
  return '';
}
