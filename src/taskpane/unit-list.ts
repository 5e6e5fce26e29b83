// 分发's list of bureaus as the clerk asked for it: by name (pinyin order) or by how many tasks each
// carries (most first), narrowed to the names containing what was typed in the search box.

import { byName } from './flag-list';
import type { UnitLine, UnitListing } from './pane-state';

export const taskCount = (line: UnitLine) => line.lead + line.support;

export function listUnits(units: UnitLine[], listing: UnitListing): UnitLine[] {
  const query = listing.query.trim();
  const found = query === '' ? units : units.filter((line) => line.unit.includes(query));
  const sorted = [...found];
  if (listing.sort === 'count') sorted.sort((a, b) => taskCount(b) - taskCount(a) || byName(a.unit, b.unit));
  else sorted.sort((a, b) => byName(a.unit, b.unit));
  return sorted;
}
