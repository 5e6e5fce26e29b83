// read-cells.ts reads a sheet's text from its XML as ExcelJS + sheetText would show it, for every kind
// of cell a bureau's program may save: shared and rich text, numbers, dates (built-in and custom
// formats, and the 1904 system), booleans, errors, formulas' results, links and rows left out.

import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { readReturnedFile } from '../../src/xlsx/open-workbook';
import { loadWorkbook, sheetText } from '../../src/xlsx/read-workbook';

async function sample(date1904 = false): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('填报');
  sheet.getCell('A1').value = '任务键 & <标题> "引号"';
  sheet.getCell('B1').value = { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] };
  sheet.getCell('A2').value = 1.5;
  sheet.getCell('B2').value = true;
  sheet.getCell('C2').value = new Date(Date.UTC(2025, 5, 20));
  sheet.getCell('D2').value = new Date(Date.UTC(2025, 6, 1));
  sheet.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('E2').value = 45828;
  sheet.getCell('E2').numFmt = '0.00';
  sheet.getCell('A4').value = { formula: 'A2*2', result: 3 };
  sheet.getCell('B4').value = { formula: 'A1&""', result: '公式文本' };
  sheet.getCell('C4').value = { error: '#N/A' };
  sheet.getCell('D4').value = { text: '位置', hyperlink: 'https://example.org' };
  sheet.getCell('F6').value = '  前后空格  ';
  workbook.addWorksheet('空表');
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function throughExcelJS(bytes: Uint8Array) {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.workbook.worksheets.map(sheetText);
}

describe('reading a returned workbook without ExcelJS', () => {
  test.each([false, true])('gives every sheet’s text as ExcelJS does (1904 dates: %s)', async (date1904) => {
    const bytes = await sample(date1904);
    const read = await readReturnedFile('填报.xlsx', bytes);
    if (!('sheets' in read)) throw new Error(read.refused.message);
    expect(read.sheets).toEqual(await throughExcelJS(bytes));
    expect(read.sheets[0]?.cells[1]?.slice(2, 4)).toEqual(['2025-06-20', '2025-07-01']);
  });

  test('reads inline strings and rows without cell references, which ExcelJS never writes but other programs do', async () => {
    const zip = await JSZip.loadAsync(await sample());
    const path = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const sheetData = '<sheetData><row><c t="inlineStr"><is><t>内联</t></is></c><c><v>7</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><r><t>分</t></r><r><t>段</t></r></is></c></row></sheetData>';
    zip.file(path, xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, sheetData));
    const read = await readReturnedFile('其他程序.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    if (!('sheets' in read)) throw new Error(read.refused.message);
    expect(read.sheets[0]?.cells).toEqual([['内联', '7'], ['', ''], ['', '分段']]);
  });

  test('says when the file was saved, in China time', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('表');
    workbook.modified = new Date(Date.UTC(2025, 6, 1, 1, 30));
    const read = await readReturnedFile('表.xlsx', new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect('modified' in read && read.modified).toBe('2025-07-01 09:30');
  });
});
