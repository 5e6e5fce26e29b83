// replace-sheets.ts swaps the 督办 sheets of a workbook's package for planned ones and leaves every
// other part as it was: kept sheets byte for byte, their print titles following them to their new
// place, calcChain.xml dropped, and the new sheets reading back as the direct writer writes them.

import JSZip from 'jszip';
import { cellValues } from '../../src/core/plan/cell-values';
import { planLoopSheets } from '../../src/core/plan/loop-sheets';
import { planWorkbook } from '../../src/core/plan/workbook';
import { sheetPaths } from '../../src/xlsx/package-sheets';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { replaceSheets, tableNamesBySheet } from '../../src/xlsx/replace-sheets';
import { DIRECTORY_ROWS, sampleAnalysis } from '../core/plan/analysis-fixture';
import { readValues } from './read-back';

const combined = planWorkbook(sampleAnalysis(), { directoryRows: DIRECTORY_ROWS, on: '2025-07-01' });
// 审核问题 too, though 回收汇总 never replaces it: a dropped sheet with kept ones after it.
const REPLACED = new Set(['审核问题', '进展汇总', '到期提醒']);
const kept = combined.sheets.map((s) => s.name).filter((name) => !REPLACED.has(name));

async function baseZip(): Promise<JSZip> {
  const zip = await JSZip.loadAsync(await renderXlsx(combined));
  // Excel keeps a calculation chain naming cells by sheet; one naming a dropped sheet is an error.
  zip.file('xl/calcChain.xml', '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="7"/></calcChain>');
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
  return zip;
}

async function replaced() {
  const zip = await baseZip();
  const tables = await tableNamesBySheet(zip);
  const loop = planLoopSheets({ sheets: kept, tables: kept.flatMap((name) => tables.get(name) ?? []) }, { rows: [], on: '2025-07-02', within: 15 });
  const before = await JSZip.loadAsync(await renderXlsx(combined));
  return { loop, before, bytes: await replaceSheets(zip, REPLACED, loop) };
}

describe('replacing sheets in a workbook’s package', () => {
  test('kept sheets come first, byte for byte, and the new sheets follow with the values planned', async () => {
    const { loop, before, bytes } = await replaced();
    const after = await JSZip.loadAsync(bytes);
    const [pathsBefore, pathsAfter] = await Promise.all([sheetPaths(before), sheetPaths(after)]);
    for (const name of kept) {
      const [was, is] = [pathsBefore.get(name) ?? '', pathsAfter.get(name) ?? ''];
      expect([name, await after.file(is)?.async('string')]).toEqual([name, await before.file(was)?.async('string')]);
    }
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const book = loaded.value.workbook;
    expect(book.worksheets.map((w) => w.name)).toEqual([...kept, ...loop.sheets.map((s) => s.name)]);
    expect(readValues(book, loop)).toEqual(cellValues(loop));
  });

  test('print titles follow their sheet, the new sheets get theirs, and the calculation chain is gone', async () => {
    const { loop, bytes } = await replaced();
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const titles = Object.fromEntries(loaded.value.workbook.worksheets.map((w) => [w.name, w.pageSetup.printTitlesRow]));
    const planned = Object.fromEntries([...combined.sheets.filter((s) => !REPLACED.has(s.name)), ...loop.sheets].map((s) => [s.name, s.print.repeatRows > 0 ? `1:${s.print.repeatRows}` : undefined]));
    expect(titles).toEqual(planned);
    const zip = await JSZip.loadAsync(bytes);
    // Excel finds a print title by its localSheetId, the sheet's position, whatever its formula names.
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const order = [...book.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    const named = [...book.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">&apos;([^&]+)&apos;/g)].map((m) => [order[Number(m[1])], m[2]]);
    expect(named.length).toBe(Object.values(planned).filter(Boolean).length);
    for (const [at, formula] of named) expect(at).toBe(formula);
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')?.async('string')).not.toContain('calcChain');
  });

  test('the new sheets look as the direct writer paints them, through the styles appended to the workbook’s own', async () => {
    const { loop, bytes } = await replaced();
    const [spliced, alone] = await Promise.all([loadWorkbook(bytes), loadWorkbook(await renderXlsx(loop))]);
    if (!spliced.ok || !alone.ok) throw new Error('unreadable');
    const looks = (book: typeof spliced.value.workbook) =>
      loop.sheets.map((s) => {
        const sheet = book.getWorksheet(s.name);
        return s.rows.map((row, r) => row.map((_, c) => {
          const cell = sheet?.getCell(r + 1, c + 1);
          return { font: cell?.font, fill: cell?.fill, border: cell?.border, alignment: cell?.alignment, numFmt: cell?.numFmt };
        }));
      });
    expect(looks(spliced.value.workbook)).toEqual(looks(alone.value.workbook));
  });
});
