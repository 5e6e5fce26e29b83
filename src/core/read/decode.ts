// Bytes → text. A clerk's text file comes from Notepad (UTF-8 with or without BOM, or UTF-16 with
// BOM) or from an older Chinese Windows (GB18030/GBK). Detection order: BOM, strict UTF-8, then
// GB18030 — always the label 'gb18030', never 'gbk': Node 20's 'gbk' decoder garbles four-byte
// sequences. Whatever decodes under none of them, or decodes to control characters, is not text.

import { failure, success, type Result } from '../result';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** Line ends normalised to '\n'; the BOM removed. */
  text: string;
  encoding: TextEncoding;
}

const BOMS: ReadonlyArray<readonly [TextEncoding, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return: no text file holds them. */
const BINARY = /[\u0000-\u0008\u000e-\u001f]/;

export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  const bom = BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = strictDecode(bytes, bom[0]);
    if (text === undefined) {
      return failure('undecodable', `文件开头标明是 ${bom[0].toUpperCase()} 编码，但内容无法按此编码读取，文件可能已损坏。`);
    }
    return checked(text, bom[0]);
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined) return checked(text, encoding);
  }
  return failure(
    'undecodable',
    '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030 文本），可能是二进制文件。请在 Word 中另存为 .docx 或“纯文本”后再导入。',
  );
}

function checked(text: string, encoding: TextEncoding): Result<DecodedText> {
  if (BINARY.test(text)) {
    return failure('binary', '文件中含有控制字符，不是纯文本（可能是 Word 的 .doc、压缩包或其他二进制文件）。请另存为 .docx 或纯文本后再导入。');
  }
  return success({ text: text.replace(/\r\n?/g, '\n'), encoding });
}

/** The text, or undefined when the bytes are not valid in that encoding. A leading BOM is dropped. */
function strictDecode(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
