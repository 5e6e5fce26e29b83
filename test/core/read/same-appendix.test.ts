// The same appendix in any format: seeds read by the text reader are rendered to .docx (blank task
// headings as w:vMerge continues), to HTML (rowspan) and to tab-separated rows, read back through
// readDocument, and compared table by table, cell by cell.

import { readDocument } from '../../../src/core/read';
import { compactLabel } from '../../../src/core/tables/column-roles';
import type { RawCell, RawTable, SourceDocument } from '../../../src/core/tables/raw-table';
import { docx, escapeXml, p, tbl, tc, tr } from '../../fixtures/docx-builder';
import { SEEDS, seedBytes } from './seed-files';

async function read(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  const result = await readDocument(name, bytes);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** How many columns each header label covers: a spanned label repeats in the columns after it. */
function spans(table: RawTable): number[] {
  let column = 0;
  return table.header.map((label) => {
    const start = column;
    do column++;
    while (column < table.columns.length && table.columns[column].label === compactLabel(label) && table.columns[column].role !== 'group');
    return column - start;
  });
}

/** For each cell, whether a renderer merges it into the one above: a blank task heading under a non-blank one. */
function mergedAbove(table: RawTable): boolean[][] {
  return table.rows.map((row, r) =>
    row.cells.map((cell, c) => table.columns[c].role === 'group' && cell.text === '' && r > 0 && table.rows.slice(0, r).some((above) => above.cells[c].text !== '')),
  );
}

function expected(table: RawTable): (RawCell | string)[][] {
  const merged = mergedAbove(table);
  return table.rows.map((row, r) => row.cells.map((cell, c) => (merged[r][c] ? { text: '', merge: 'above' } : cell.text)));
}

function actual(table: RawTable): (RawCell | string)[][] {
  return table.rows.map((row) => row.cells.map((cell) => (cell.merge ? cell : cell.text)));
}

function toDocx(tables: RawTable[]): Promise<Uint8Array> {
  const body = tables.map((table) => {
    const merged = mergedAbove(table);
    const header = tr(table.header.map((label, i) => tc(label, { span: spans(table)[i] })));
    const rows = table.rows.map((row, r) =>
      tr(row.cells.map((cell, c) => {
        const restart = table.columns[c].role === 'group' && cell.text !== '' && merged[r + 1]?.[c];
        return tc(merged[r][c] ? '' : cell.text.split('\n'), { vMerge: merged[r][c] ? 'continue' : restart ? 'restart' : undefined });
      })),
    );
    return p(table.title) + tbl(table.columns.length, header, ...rows);
  });
  return docx(body.join(''));
}

function toHtml(tables: RawTable[]): Uint8Array {
  const html = tables.map((table) => {
    const merged = mergedAbove(table);
    const header = `<tr>${table.header.map((label, i) => `<th colspan="${spans(table)[i]}">${escapeXml(label)}</th>`).join('')}</tr>`;
    const rows = table.rows.map((row, r) => {
      const cells = row.cells.map((cell, c) => {
        if (merged[r][c]) return '';
        let rowspan = 1;
        while (merged[r + rowspan]?.[c]) rowspan++;
        return `<td rowspan="${rowspan}">${cell.text.split('\n').map((line) => `<p>${escapeXml(line)}</p>`).join('\n')}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<p>${escapeXml(table.title)}</p>\n<table border="1">\n${header}\n${rows.join('\n')}\n</table>`;
  });
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html.join('\n')}</body></html>`);
}

function toTabRows(tables: RawTable[]): Uint8Array {
  const quoted = (text: string) => (/["\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const text = tables.map((table) =>
    [table.title, table.header.join('\t'), ...table.rows.map((row) => row.cells.map((cell) => quoted(cell.text)).join('\t'))].join('\n'),
  );
  return new TextEncoder().encode(text.join('\n\n'));
}

describe.each([SEEDS.dianjiang, SEEDS.bishan])('seed %s rendered to other formats', (seed) => {
  let text: SourceDocument;
  beforeAll(async () => {
    text = await read(seed, seedBytes(seed));
    expect(text.tables.length).toBeGreaterThan(0);
  });

  it.each([
    ['.docx with vMerge', 'docx', async (tables: RawTable[]) => toDocx(tables)],
    ['HTML with rowspan', 'html', async (tables: RawTable[]) => toHtml(tables)],
  ])('reads the same tables back from %s', async (_name, format, render) => {
    const back = await read(`${seed}.${format}`, await render(text.tables));
    expect(back.format).toBe(format);
    expect(back.warnings).toEqual([]);
    expect(back.tables.map((table) => [table.title, table.header, table.columns])).toEqual(
      text.tables.map((table) => [table.title, table.header, table.columns]),
    );
    back.tables.forEach((table, i) => expect(actual(table)).toEqual(expected(text.tables[i])));
  });

  it('reads the same tables back from tab-separated rows', async () => {
    const back = await read(`${seed}.tsv`, toTabRows(text.tables));
    expect(back.tables.map((table) => [table.title, table.header, table.columns])).toEqual(
      text.tables.map((table) => [table.title, table.header, table.columns]),
    );
    back.tables.forEach((table, i) => expect(actual(table)).toEqual(text.tables[i].rows.map((row) => row.cells.map((cell) => cell.text))));
  });
});
