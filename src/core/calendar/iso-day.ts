// ISO days without time zones, in UTC so that no clock moves a day: the arithmetic of the deadlines, of
// the document's own date (read/) and of the day a report is made for (the CLI and the pane).

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** A real calendar day written yyyy-mm-dd, or undefined. */
export function parseIsoDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return isoDay(year, month, day);
}

/** The last day of the period of `every` that holds `day`: the next due day of a recurring task. */
export function periodEnd(day: string, every: 'month' | 'quarter' | 'half-year' | 'year'): string {
  const [year, month] = day.split('-').map(Number);
  const span = { month: 1, quarter: 3, 'half-year': 6, year: 12 }[every];
  const last = Math.ceil(month / span) * span;
  return isoDay(year, last, lastDayOfMonth(year, last));
}

/** The calendar day of a moment where the clerk is: a clerk's 「今天」, not UTC's. */
export function localDay(moment: Date): string {
  return isoDay(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}
