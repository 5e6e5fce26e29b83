import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextDocument } from '../../../src/core/read/text-reader';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS, seedBytes } from './seed-files';

// Seed 001 holds U+2002 in 「名    称」, which GB18030 writes as a four-byte sequence.
const seed = seedBytes(SEEDS.dianjiang);
const text = new TextDecoder().decode(seed);
/** Made once with `iconv -f utf-8 -t gb18030` from the seed. */
const gb18030 = readFileSync(join(__dirname, 'fixtures/001-gb18030.txt'));

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const units = Buffer.from('\ufeff' + value, 'utf16le');
  return littleEndian ? units : units.swap16();
}

function read(bytes: Uint8Array): SourceDocument {
  const result = readTextDocument(SEEDS.dianjiang, bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('readTextDocument in every encoding and line ending a clerk’s file may have', () => {
  const expected = read(seed);

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), 'utf-8'],
    ['UTF-16LE with a BOM', utf16(text, true), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(text, false), 'utf-16be'],
    ['GB18030', gb18030, 'gb18030'],
    ['CRLF line ends', Buffer.from(text.replace(/\n/g, '\r\n')), 'utf-8'],
    ['CR line ends', Buffer.from(text.replace(/\n/g, '\r')), 'utf-8'],
  ])('gives the same tables for %s', (_name, bytes, encoding) => {
    const document = read(bytes);
    expect(document.encoding).toBe(encoding);
    expect(document.tables).toEqual(expected.tables);
    expect(document.warnings).toEqual([]);
  });

  it('reads six tables from the plain UTF-8 seed, as the golden test says', () => {
    expect(expected.tables.map((t) => t.rows.length)).toEqual([6, 10, 20, 56, 11, 18]);
  });
});
