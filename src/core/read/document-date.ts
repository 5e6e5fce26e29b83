// The document's own date (成文日期), as it stands alone on a line under the issuing body's name
// (「2025年4月7日」), on the first page or at the end of the covering notice. Later dates in the body
// are deadlines, not the document's date, so only the head is read.

import { isoDay, lastDayOfMonth } from '../calendar/iso-day';
import { foldWidth, removeSpacing } from '../text/normalise';

const HEAD_LINES = 60;
const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** ISO day, or undefined when no line of the head is a date alone. */
export function documentDate(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs.slice(0, HEAD_LINES)) {
    const match = DATE_LINE.exec(removeSpacing(foldWidth(paragraph)));
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month)) return isoDay(year, month, day);
  }
  return undefined;
}
