// How a plan numbers its sections: 「一、」 or 「（一）」 opening a line. A short line so opened is a
// heading, not a task — in a table's section row, in a text copy's lines, in the body text.

export const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** Longer than this, a numbered line is a task's own text, not its section's name. */
export const SECTION_LONGEST = 40;

export function isSectionLine(text: string): boolean {
  return SECTION_NUMBER.test(text) && text.length <= SECTION_LONGEST;
}
