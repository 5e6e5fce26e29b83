// --on DATE and --within DAYS, shared by the commands that report on a day (due, build, collect):
// the day defaults to today where the clerk is, the window to 15 days.

import { localDay, parseIsoDay } from '../core/calendar/iso-day';
import { DEFAULT_WITHIN } from '../core/plan/loop-sheets';
import { usageError } from './arguments';

export const REPORT_DAY_OPTIONS = { on: { type: 'string' }, within: { type: 'string' } } as const;

export interface ReportDay {
  on: string;
  within: number;
}

/** The day and window, or EXIT_USAGE once the reason is on stderr. */
export function reportDay(options: { on?: string; within?: string }, usage: string): ReportDay | number {
  const on = options.on === undefined ? localDay(new Date()) : parseIsoDay(options.on);
  if (on === undefined) return usageError(`--on 需要 YYYY-MM-DD 格式的日期 / --on takes a day such as 2025-06-30: ${options.on}`, usage);
  const within = options.within === undefined ? DEFAULT_WITHIN : Number(options.within);
  if (!Number.isInteger(within) || within < 0) return usageError(`--within 需要非负整数天数 / --within takes a whole number of days: ${options.within}`, usage);
  return { on, within };
}
