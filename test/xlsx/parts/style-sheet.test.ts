// Each look of a planned cell, written into styles.xml by the direct writer and read back by ExcelJS.

import { Workbook } from 'exceljs';
import { STYLES } from '../../../src/core/plan/styles';
import type { CellPlan } from '../../../src/core/plan/workbook-plan';
import { StyleSheet } from '../../../src/xlsx/parts/style-sheet';
import { renderXlsx } from '../../../src/xlsx/render-xlsx';
import { plainSheet } from '../read-back';

const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } };

async function lookOf(cell: CellPlan) {
  const bytes = await renderXlsx({
    sheets: [plainSheet('表', [[cell]])],
    styles: STYLES,
  });
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const read = workbook.getWorksheet('表')?.getCell('A1');
  // The workbook's defaults (font 0, no fill, no border) read back as objects too: left out, as unset.
  const unset = (key: string, value: unknown) =>
    value === undefined || (key === 'font' && 'name' in (value as object)) || (key === 'fill' && (value as { pattern?: string }).pattern === 'none') || (key === 'border' && Object.keys(value as object).length === 0);
  return Object.fromEntries(Object.entries({ numFmt: read?.numFmt, font: read?.font, fill: read?.fill, border: read?.border, alignment: read?.alignment }).filter(([key, value]) => !unset(key, value)));
}

describe('the looks of planned cells', () => {
  test.each<[string, CellPlan, object]>([
    ['a plain text cell is only in text format', { kind: 'text', text: 'a' }, { numFmt: '@' }],
    ['a number keeps the general format', { kind: 'number', value: 1 }, {}],
    ['a blank input cell gets its fill and border', { kind: 'blank', styles: ['input'] }, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFF0' } }, border: { top: thin, left: thin, bottom: thin, right: thin } }],
    [
      'a later style wins over an earlier one',
      { kind: 'text', text: 'a', styles: ['header', 'error'] },
      {
        numFmt: '@',
        font: { bold: true, color: { argb: 'FF9C0006' } },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
        alignment: { wrapText: true, horizontal: 'center', vertical: 'middle' },
        border: { top: thin, left: thin, bottom: thin, right: thin },
      },
    ],
    ['a link is underlined and in text format', { kind: 'link', text: 'x', sheet: '表', target: { row: 0, column: 0 }, styles: ['link'] }, { numFmt: '@', font: { color: { argb: 'FF0563C1' }, underline: true } }],
    ['a title is large and bold', { kind: 'text', text: 't', styles: ['title'] }, { numFmt: '@', font: { bold: true, size: 14 }, alignment: { vertical: 'middle' } }],
  ])('%s', async (_, cell, expected) => {
    expect(await lookOf(cell)).toEqual(expected);
  });

  test('cells of one look share one format; another kind, style list or lock gets another', () => {
    const sheet = new StyleSheet(STYLES);
    const wrap = sheet.id({ kind: 'text', text: 'a', styles: ['wrap'] });
    expect(sheet.id({ kind: 'link', text: 'b', sheet: '表', target: { row: 0, column: 0 }, styles: ['wrap'] })).toBe(wrap);
    expect(new Set([wrap, sheet.id({ kind: 'blank', styles: ['wrap'] }), sheet.id({ kind: 'text', text: 'a', styles: ['center'] }), sheet.id({ kind: 'text', text: 'a', styles: ['wrap'] }, true)]).size).toBe(4);
    expect([sheet.id(null), sheet.id({ kind: 'number', value: 1 })]).toEqual([0, 0]);
  });

  test('added to a workbook’s own styles.xml, new looks are numbered after its own and counted', () => {
    const own = '<styleSheet><fonts count="2"><font/><font><b/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf/><xf/><xf/></cellXfs></styleSheet>';
    const sheet = new StyleSheet(STYLES, own);
    expect(sheet.id({ kind: 'text', text: '表头', styles: ['header'] })).toBe(3);
    const xml = sheet.appendTo(own);
    expect([/<fonts count="(\d+)"/.exec(xml)?.[1], /<fills count="(\d+)"/.exec(xml)?.[1], /<borders count="(\d+)"/.exec(xml)?.[1], /<cellXfs count="(\d+)"/.exec(xml)?.[1]]).toEqual(['3', '3', '2', '4']);
    expect(xml).toContain('<xf numFmtId="49" fontId="2" fillId="2" borderId="1" xfId="0"');
  });
});
