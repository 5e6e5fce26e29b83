// Reads a 完成时间 cell: 「2025年6月底前」, 「6月底前」 (the document's year), 「年底前」, 「2025年第三季度」,
// 「每季度末」, 「每月」, 「长期坚持」, 「2025年3月—6月」 (due at the end), 「上半年」, 「10月中旬」, several
// periods on separate lines. A period is due on its last day. What no form fits is 'unreadable'.

import { foldWidth, removeSpacing } from '../text/normalise';
import { isoDay, lastDayOfMonth } from '../calendar/iso-day';
import type { Deadline, DeadlineContext, Recurrence } from './deadline';

const PARTS = /[、，,；;\n]|(?<=[年月日季度底末前])(?:和|及)/;
const RANGE = /[—–－~～至到]+|(?<=[年月])-+|-+(?=\d{4}年)/;
/** Words around the period that do not move its end: 「6月底前完成」 is June's last day. */
const TRAILING = /(?:完成|以前|之前|前|为止|止|内|份)+$/;
const END_OF = /(?:底|末)$/;
const ONGOING = /长期|持续|常态|经常|随时|动态|每天|每日/;
const RECURRING: ReadonlyArray<[RegExp, Recurrence]> = [
  [/^(?:每|按)(?:个)?月/, 'month'],
  [/^(?:每|按)(?:个)?季度?/, 'quarter'],
  [/^每半年/, 'half-year'],
  [/^(?:每|按)年/, 'year'],
];
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

type Period = { date: string } | { noYear: true } | undefined;

export function readDeadline(text: string, context: DeadlineContext = {}): Deadline {
  const kept = text.trim();
  if (kept === '') return { kind: 'blank', text: '' };
  const parts = foldWidth(kept).split(PARTS).map(removeSpacing).filter((p) => p !== '');
  const dates: string[] = [];
  let every: Recurrence | undefined;
  let ongoing = false;
  for (const part of parts) {
    const recurrence = RECURRING.find(([pattern]) => pattern.test(part))?.[1];
    if (recurrence) {
      every ??= recurrence;
      continue;
    }
    if (ONGOING.test(part)) {
      ongoing = true;
      continue;
    }
    const period = readPeriodOrRange(part, context.year);
    if (!period) return { kind: 'unreadable', text: kept, reason: `无法识别「${part}」`, because: { part, noYear: false } };
    if ('noYear' in period) return { kind: 'unreadable', text: kept, reason: `「${part}」没有写年份，文件中也读不出年份`, because: { part, noYear: true } };
    dates.push(period.date);
  }
  if (dates.length > 0) return { kind: 'dates', text: kept, dates: [...new Set(dates)].sort() };
  if (every) return { kind: 'recurring', text: kept, every };
  if (ongoing) return { kind: 'ongoing', text: kept };
  return { kind: 'unreadable', text: kept, reason: '没有可识别的时间', because: { part: '', noYear: false } };
}

/** 「2025年3月—6月」: due at the end, which takes its year from the start when it names none. */
function readPeriodOrRange(part: string, year: number | undefined): Period {
  const whole = readPeriod(part, year);
  if (whole) return whole;
  const pieces = part.split(RANGE).filter((p) => p !== '');
  if (pieces.length !== 2) return undefined;
  const [start, end] = pieces;
  const startYear = /^(\d{4})年?/.exec(start)?.[1];
  const endText = /^\d{1,2}$/.test(end) ? `${end}月` : end;
  return readPeriod(endText, startYear ? Number(startYear) : year);
}

function readPeriod(raw: string, contextYear: number | undefined): Period {
  const text = raw.replace(TRAILING, '').replace(END_OF, '').replace(TRAILING, '');
  const dated = /^(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?$/.exec(text) ?? /^()(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (dated) return on(dated[1], contextYear, (y) => validDay(y, Number(dated[2]), Number(dated[3])));
  const tenDays = /^(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬)$/.exec(text);
  if (tenDays) {
    const month = Number(tenDays[2]);
    return on(tenDays[1], contextYear, (y) => validDay(y, month, tenDays[3] === '上旬' ? 10 : tenDays[3] === '中旬' ? 20 : lastDayOfMonth(y, month)));
  }
  const month = /^(?:(\d{4})年)?(\d{1,2})月$/.exec(text);
  if (month) return on(month[1], contextYear, (y) => monthEnd(y, Number(month[2])));
  const quarter = /^(?:(\d{4})年)?第?([一二三四1-4])季度?$/.exec(text);
  if (quarter) return on(quarter[1], contextYear, (y) => monthEnd(y, 3 * (CHINESE_DIGITS[quarter[2]] ?? Number(quarter[2]))));
  const half = /^(?:(\d{4})年)?(上|下)半年$/.exec(text);
  if (half) return on(half[1], contextYear, (y) => monthEnd(y, half[2] === '上' ? 6 : 12));
  const year = /^(\d{4})年?(?:度|全年)?$/.exec(text);
  if (year) return on(year[1], contextYear, (y) => monthEnd(y, 12));
  if (/^(?:本|今|当|全)?年度?$/.test(text)) return on(undefined, contextYear, (y) => monthEnd(y, 12));
  return undefined;
}

function on(written: string | undefined, contextYear: number | undefined, day: (year: number) => string | undefined): Period {
  const year = written ? Number(written) : contextYear;
  if (year === undefined) return { noYear: true };
  const date = day(year);
  return date ? { date } : undefined;
}

function monthEnd(year: number, month: number): string | undefined {
  return month >= 1 && month <= 12 ? isoDay(year, month, lastDayOfMonth(year, month)) : undefined;
}

function validDay(year: number, month: number, day: number): string | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month) ? isoDay(year, month, day) : undefined;
}
