// Fuzzing every reader with random and mutated input: none may throw, hang or return a table whose
// rows disagree with its columns; a refusal always carries a code and a Chinese message.

import fc from 'fast-check';
import { readDocument } from '../../../src/core/read';
import { readDocx } from '../../../src/core/read/docx/docx-reader';
import { readHtml } from '../../../src/core/read/html/html-reader';
import type { Result } from '../../../src/core/result';
import { readDelimitedTables } from '../../../src/core/tables/delimited-layout';
import type { RawTable, SourceDocument } from '../../../src/core/tables/raw-table';
import { docx, p, sdt, tbl, tc, tr } from '../../fixtures/docx-builder';

const CHINESE = /[\u4e00-\u9fff]/;

function expectWellFormed(tables: RawTable[]): void {
  for (const table of tables) {
    expect(table.columns.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
  }
}

function expectSound(result: Result<SourceDocument>): void {
  if (result.ok) {
    expectWellFormed(result.value.tables);
    for (const w of [...result.value.warnings, ...result.warnings]) expect(w.message).toMatch(CHINESE);
  } else {
    expect(result.error.code).toMatch(/^[a-z0-9-]+$/);
    expect(result.error.message).toMatch(CHINESE);
  }
}

/** Flips, overwrites or cuts bytes of a real file. */
function mutated(original: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({ at: fc.nat({ max: original.length - 1 }), byte: fc.nat({ max: 255 }) });
  return fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 8 }), cut: fc.option(fc.nat({ max: original.length })) }).map(({ edits, cut }) => {
    const bytes = original.slice(0, cut ?? original.length);
    for (const { at, byte } of edits) if (at < bytes.length) bytes[at] = byte;
    return bytes;
  });
}

const HEADER = tr(['序号', tc('名称', { span: 2 }), '责任单位', '备注'], { header: true });
const BODY =
  p('一、核心绩效指标') +
  sdt(tbl(5, HEADER, tr(['1', tc('甲', { vMerge: 'restart' }), '目标', '县应急管理局', '']), '<w:bookmarkStart w:id="0" w:name="a"/>',
    tr(['2', tc('', { vMerge: 'continue' }), '目标', tc(p('县', '<w:ins w:id="1"><w:r><w:t>公安局</w:t></w:r></w:ins>')), ''], { gridAfter: 0 })));

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>p{}</style></head><body><p>一、核心绩效指标</p>
<table><tr><td>序号</td><td colspan=2>名称</td><td>责任单位</td></tr><tr><td>1</td><td rowspan=2>甲</td><td>目标</td><td>县应急管理局<br>县公安局</td></tr>
<tr><td>2</td><td>目标</td><td>&nbsp;</td></tr></table></body></html>`;

describe('fuzzing the readers', () => {
  it('readDocument answers random bytes, bare or behind a zip, OLE or HTML start, with a document or a coded Chinese refusal', async () => {
    const start = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [...new TextEncoder().encode('<html><table>')]);
    await fc.assert(
      fc.asyncProperty(start, fc.uint8Array({ maxLength: 2048 }), async (head, tail) =>
        expectSound(await readDocument('x', Uint8Array.from([...head, ...tail])))),
      { numRuns: 1000 },
    );
  });

  it('readDocx survives a real .docx with bytes flipped, overwritten or cut off', async () => {
    const original = await docx(BODY);
    const clean = await readDocx('x.docx', original);
    expect(clean.ok && clean.value.tables[0].rows.length).toBe(2);
    await fc.assert(fc.asyncProperty(mutated(original), async (bytes) => expectSound(await readDocx('x.docx', bytes))), { numRuns: 1000 });
  });

  it('readDocx survives a stored (uncompressed) .docx whose XML is mutated', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await docx(BODY));
    const original = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    await fc.assert(fc.asyncProperty(mutated(original), async (bytes) => expectSound(await readDocx('x.docx', bytes))), { numRuns: 1000 });
  });

  it('readHtml survives a real page with bytes flipped, overwritten or cut off', () => {
    const original = new TextEncoder().encode(HTML);
    expect(readHtml('x.html', original).ok).toBe(true);
    fc.assert(fc.property(mutated(original), (bytes) => expectSound(readHtml('x.html', bytes))), { numRuns: 2000 });
  });

  it('readHtml survives random markup made of table tags, spans and text', () => {
    const token = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan=3>', '<td rowspan=0>', '<td rowspan="-2" colspan="999999">',
      '<p>', '<br>', '<thead>', '<script>', '</script>', '<span style="display:none">', '</span>', '<!--', '-->',
      '序号', '名称', '责任单位', '牵头单位', '县应急管理局', '一、核心绩效指标', '&nbsp;', '&#x0;', '\n', ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (tokens) => expectSound(readHtml('x.html', new TextEncoder().encode(tokens.join(''))))),
      { numRuns: 2000 },
    );
  });

  it('readDelimitedTables keeps every row as wide as its columns on random tab, pipe and quote text', () => {
    const piece = fc.constantFrom('\t', '|', '"', '""', '\n', '\\|', '<br>', '|---|', '序号', '名称', '责任单位', '配合单位', '甲', '二、其他', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const result = readDelimitedTables(pieces.join(''));
        expect(result.ok).toBe(true);
        if (result.ok) expectWellFormed(result.value);
      }),
      { numRuns: 2000 },
    );
  });
});
