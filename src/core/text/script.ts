// Plans copied from Traditional-script pages (繁體) are read in Simplified, the script every word
// list and directory here is written in, with OpenCC's Traditional → Simplified (China) tables.
// Simplified text passes through unchanged, so the conversion is tried on every text.

import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;

/** A share of changed characters below which a text is Simplified with a few variant forms. */
const TRADITIONAL_SHARE = 0.02;

export interface Simplified {
  text: string;
  /** True when enough characters changed to call the text Traditional. */
  traditional: boolean;
}

/** The text in Simplified, however little of it was Traditional (a name such as 「省科技廳」). */
export function inSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}

export function simplified(text: string): Simplified {
  const out = inSimplified(text);
  if (out === text) return { text, traditional: false };
  let changed = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (/[\u4e00-\u9fff]/.test(text[i])) cjk += 1;
    if (text[i] !== out[i]) changed += 1;
  }
  return changed >= 5 && changed / Math.max(cjk, 1) >= TRADITIONAL_SHARE ? { text: out, traditional: true } : { text, traditional: false };
}
