// A workbook this tool wrote, loaded again through loadWorkbook (the pane's 回收汇总 check, the
// --directory workbook), keeps its 「位置」 links though ExcelJS drops location-only links itself.

import { Workbook } from 'exceljs';
import { STYLES } from '../../src/core/plan/styles';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { plainSheet } from './read-back';

describe('internal links read back', () => {
  test('a link to a cell of a sheet whose name has an apostrophe comes back with its text and location', async () => {
    const bytes = await renderXlsx({
      sheets: [plainSheet('问题', [[{ kind: 'link', text: '工作要点 G3', sheet: "区'局", target: { row: 2, column: 6 } }]]), plainSheet("区'局", [[{ kind: 'text', text: '甲' }]])],
      styles: STYLES,
    });
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.workbook.getWorksheet('问题')?.getCell('A1').value).toEqual({ text: '工作要点 G3', hyperlink: "'区''局'!G3" });
    const plain = new Workbook();
    await plain.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(plain.getWorksheet('问题')?.getCell('A1').value).toBe('工作要点 G3');
  });
});
