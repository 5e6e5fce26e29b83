// Which text before a table names it. Documents put a short heading line right above each
// appendix table (「一、核心绩效指标」); body sentences, page numbers and 「续表」 marks are not headings.

const MAX_HEADING = 50;
/** A line ending like a sentence or a lead-in (「分工如下：」) is body text, not a heading. */
const SENTENCE_END = /[。；;！!？?，,：:]$/;
const PAGE_NUMBER = /^[-—–－·•\s\d]+$/;
const CONTINUATION = /^[（(]?续(表|上表)?\s*\d*[)）]?$/;

/** True for the marks Word users put between the halves of a table split over pages. */
export function isContinuationMark(line: string): boolean {
  const text = line.trim();
  return text === '' || PAGE_NUMBER.test(text) || CONTINUATION.test(text);
}

export function readsAsHeading(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_HEADING && !SENTENCE_END.test(text) && !isContinuationMark(text);
}

/** The last line that reads as a heading, trimmed; '' when none does. */
export function headingOf(lines: readonly string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (readsAsHeading(lines[i])) return lines[i].trim();
  }
  return '';
}
