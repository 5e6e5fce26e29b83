// HTML bytes → text. Order: BOM, then the page's own <meta charset> (Word's 「网页」 export says
// gb2312), then what decode.ts does for any text (strict UTF-8, then GB18030).

import { success, type Result } from '../../result';
import { decodeText } from '../decode';

const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** GB2312 and GBK pages are read as GB18030, their superset (decode.ts explains why not 'gbk'). */
const GB_FAMILY = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312)$/i;
const UTF8 = /^utf-?8$/i;
const BOMS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
/** The declaration must come early: the HTML standard looks in the first 1024 bytes. */
const PRESCAN_BYTES = 1024;

export interface DecodedHtml {
  text: string;
  encoding: string;
}

export function decodeHtml(bytes: Uint8Array): Result<DecodedHtml> {
  if (BOMS.some((bom) => bom.every((byte, i) => bytes[i] === byte))) return decodeText(bytes);
  const declared = META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)))?.[1];
  if (!declared || UTF8.test(declared)) return decodeText(bytes);
  if (GB_FAMILY.test(declared)) return decodeWith(bytes, 'gb18030');
  try {
    return decodeWith(bytes, declared.toLowerCase());
  } catch {
    // An encoding this runtime does not know: fall back to detection.
    return decodeText(bytes);
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): Result<DecodedHtml> {
  return success({ text: new TextDecoder(encoding).decode(bytes).replace(/\r\n?/g, '\n'), encoding });
}
