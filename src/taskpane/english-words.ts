// How the English pane writes counts, lists, days and cells; shared by strings-en.ts and the English
// outcomes (outcome-strings.ts), so that a Chinese pane's outcomes do not load every English string.

import { plainCell, SHOWN_CELLS, type UnitTally } from './strings';

export const enSheets = (sheets: string[]) => sheets.map((sheet) => `“${sheet}”`).join(', ');
export const enCells = (cells: string[]) => cells.slice(0, SHOWN_CELLS).map(plainCell).join(', ') + (cells.length > SHOWN_CELLS ? ', …' : '');
/** 「1 file」, 「2 files」. */
export const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const enDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d} ${EN_MONTHS[m - 1]} ${y}` : iso;
};
export const enUnits = ({ bureaus, groups, vague }: UnitTally) =>
  `${count(bureaus, 'unit')}${groups + vague > 0 ? ` (besides ${count(groups, 'collective name')} and ${vague} vague)` : ''}`;
