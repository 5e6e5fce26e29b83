// What kind of file the bytes are, from their first bytes rather than the file name: clerks rename
// files, and a .doc saved as .txt must still get an honest message rather than garbage tables.

export type SniffedFormat = 'zip' | 'ole2' | 'pdf' | 'rtf' | 'html' | 'text';

const SIGNATURES: ReadonlyArray<readonly [SniffedFormat, readonly number[]]> = [
  // .docx/.xlsx are zip packages: PK\x03\x04.
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  // Word 97–2003 .doc/.xls/.wps: the OLE2 compound-file header.
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/**
 * An HTML page (Word's 「网页」 export or a saved government web page), possibly after a UTF-8 BOM,
 * whitespace, comments (「<!-- saved from url=… -->」) or the clipboard's 「Version:0.9 StartHTML:…」 header.
 */
const HTML_START = /^\s*(Version:\d[^<]*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|table|\?xml[^>]*>\s*<html)/i;

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const signature = SIGNATURES.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (signature) return signature[0];
  // Only the ASCII head matters for the tags; latin1 maps every byte, so this never fails.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\u00ef\u00bb\u00bf/, '');
  return HTML_START.test(head) ? 'html' : 'text';
}
