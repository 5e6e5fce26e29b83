import { sniffFormat } from '../../../src/core/read/sniff';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it.each([
    ['a .docx (zip) package', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x0a]), 'zip'],
    ['an OLE2 .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ole2'],
    ['a PDF', ascii('%PDF-1.4'), 'pdf'],
    ['an RTF file', ascii('{\\rtf1'), 'rtf'],
    ['an HTML page with a doctype', ascii('<!DOCTYPE html>\n<html>'), 'html'],
    ['a Word 「网页」 export after a UTF-8 BOM and blank lines', Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('\r\n <html xmlns:o="urn:schemas-microsoft-com:office:office">')]), 'html'],
    ['a bare HTML table', ascii('<table><tr><td>责任单位</td></tr></table>'), 'html'],
    ['a Word text export', ascii('附件\n\t序号\n\t责任单位\n'), 'text'],
    ['text that merely mentions a tag later on', ascii('说明：见 <table> 标签'), 'text'],
    ['a zip signature cut short', Uint8Array.from([0x50, 0x4b]), 'text'],
  ])('tells %s', (_name, bytes, format) => {
    expect(sniffFormat(bytes)).toBe(format);
  });
});
