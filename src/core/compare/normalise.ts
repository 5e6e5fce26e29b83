// What a task says, with what changes from year to year without changing the task folded away:
// numbering (「1.」「（一）」「一、」「①」), years and dates (「2024年」「6月底前」「2025—2026年」),
// punctuation, symbols and spacing, and full-width forms. What is left is compared and cut into bigrams.

import { foldWidth } from '../text/normalise';

/** Numbering at the start of a line: 1. 1、 1.2. （一） (1) 一、 ①. Not the 「1.」 of 「1.5以内」. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十百\d]{1,4}[)）]|[一二三四五六七八九十百]{1,4}[、.]|\d{1,3}(?:\.\d{1,3})*[、.](?!\d)|[\u2460-\u2473\u2776-\u277f])\s*/u;

/** Years, year ranges, months, days and the parts of the year they are said with. */
const DATES = /(?:19|20)\d{2}\s*(?:[—–\-~至到]\s*(?:19|20)?\d{2,4}\s*)?年(?:度)?|\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?(?:上旬|中旬|下旬|底|末|初)?|\d{1,2}\s*日|(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?/gu;

/** Everything that is not a letter or a digit: punctuation, symbols, spacing. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** One line of text, folded: see the file's comment. */
function normaliseLine(line: string): string {
  let rest = line.trim();
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(NUMBERING, '');
  }
  return rest.replace(DATES, '').replace(NOT_WORD, '');
}

/** A task's text as compared: each line folded, the lines run together. */
export function normaliseTaskText(text: string): string {
  return foldWidth(text)
    .split(/\n+/)
    .map(normaliseLine)
    .join('');
}
