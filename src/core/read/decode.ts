// Bytes → text. A clerk's text file comes from Notepad (UTF-8 with or without BOM, or UTF-16 with
// BOM) or from an older Chinese Windows (GB18030/GBK). Detection order: BOM, strict UTF-8, then
// GB18030 — always the label 'gb18030', never 'gbk': Node 20's 'gbk' decoder garbles four-byte
// sequences. Whatever decodes under none of them, or decodes to control characters, is not text.
// UTF-16 without a BOM (some editors and scripts write it) is told by its zero bytes: text in UTF-16
// puts the zero byte of every ASCII character (line ends, tabs, digits) on one side of each pair,
// which binary files and UTF-8 text never do; it is read with a warning, or refused saying so.

import { failure, success, warning, type Result } from '../result';

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
      return failure('undecodable', `文件开头标明是 ${bom[0].toUpperCase()} 编码，但内容无法按此编码读取，文件可能已损坏。`, { encoding: bom[0].toUpperCase() });
    }
    return checked(text, bom[0]);
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    if (text !== undefined && !plausible(text)) return decodeWithoutBom(bytes);
    if (text === undefined || BINARY.test(text)) {
      return failure(
        'undecodable',
        `文件没有字节顺序标记（BOM），其中的零字节像是 ${utf16.toUpperCase()} 文本，但按 ${utf16.toUpperCase()} 读出的内容${text === undefined ? '有无效的字符' : '含有控制字符'}，文件可能已损坏。请在记事本中另存为 UTF-8 后再导入。`,
        { encoding: utf16.toUpperCase(), controls: text === undefined ? 0 : 1 },
      );
    }
    const read = checked(text, utf16);
    return read.ok ? success(read.value, [warning('utf16-no-bom', `文件没有字节顺序标记（BOM），按零字节的分布判断为 ${utf16.toUpperCase()} 编码读取；如文字有误，请在记事本中另存为 UTF-8。`, { encoding: utf16.toUpperCase() })]) : read;
  }
  return decodeWithoutBom(bytes);
}

function decodeWithoutBom(bytes: Uint8Array): Result<DecodedText> {
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined) return checked(text, encoding);
  }
  return failure(
    'undecodable',
    '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030 文本），可能是二进制文件。请在 Word 中另存为 .docx 或「纯文本」后再导入。',
  );
}

/**
 * 'utf-16le' or 'utf-16be' when the bytes look like BOM-less UTF-16: an even length, and zero bytes
 * (at least one in 50) nearly all on the odd (LE) or the even (BE) positions.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const zeros = even + odd;
  if (zeros * 50 < bytes.length) return undefined;
  if (odd >= zeros * 0.95) return 'utf-16le';
  if (even >= zeros * 0.95) return 'utf-16be';
  return undefined;
}

/** Text a clerk's file holds: nearly all ASCII, CJK, or full-width and CJK punctuation. */
function plausible(text: string): boolean {
  const usual = text.match(/[\u0009-\u000d\u0020-\u007e\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  return usual >= text.length * 0.9;
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
