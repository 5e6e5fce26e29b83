// What Office.js gives for a range's values (strings, numbers, booleans, empty) as the text each cell
// shows, which is what every reader of the core takes. A date typed into a clerk's sheet comes as a
// serial number (45838); with the range's number formats it is given back as the date it shows.

export function cellTexts(values: unknown[][], numberFormats?: unknown[][]): string[][] {
  return values.map((row, r) =>
    row.map((value, c) => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'number' && isDateFormat(numberFormats?.[r]?.[c])) return serialDate(value) ?? String(value);
      return String(value);
    }),
  );
}

/**
 * A number format that shows a date: a year or day code outside quoted text, [brackets] and escapes,
 * or a month code (m) with no hour or second beside it, where m would be minutes.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(codes) || (/m/i.test(codes) && !/[hs]/i.test(codes));
}

/** An Excel serial day (1900 date system, as Excel counts it) as 「2025年6月30日」; undefined outside 1900–9999. */
export function serialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  // Day 0 is 1899-12-30 once Excel's phantom 1900-02-29 (serial 60) is passed.
  const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}
