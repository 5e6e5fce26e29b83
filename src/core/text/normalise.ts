// The written forms that documents vary without meaning anything: full-width ASCII and spacing of
// any kind. Folded before a pattern is matched, by every layer that reads text (names, dates, deadlines).

/** Spacing of any kind, which documents put inside names (「县 应急局」). */
const SPACING = /[\s\u00a0\u2000-\u200b\u3000]+/g;

/** Full-width ASCII (ＡＢＣ，（）) folded to half-width; CJK punctuation such as 、 is kept. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function removeSpacing(text: string): string {
  return text.replace(SPACING, '');
}
