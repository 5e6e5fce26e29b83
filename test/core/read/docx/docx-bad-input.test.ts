import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { readDocx } from '../../../../src/core/read/docx/docx-reader';
import { docx, documentXml, p, tbl, tr } from '../../../fixtures/docx-builder';

const HEADER = tr(['序号', '名称', '目标', '责任单位']);

async function problem(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  const result = await readDocx('bad.docx', bytes);
  if (result.ok) throw new Error('expected a problem');
  expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  return result.error;
}

describe('readDocx on bad input', () => {
  it('refuses an empty file and says a workbook is not a Word document', async () => {
    expect((await problem(new Uint8Array())).code).toBe('empty');
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const error = await problem(await xlsx.generateAsync({ type: 'uint8array' }));
    expect(error).toMatchObject({ code: 'not-docx' });
    expect(error.message).toContain('Excel');
  });

  it('calls a real workbook (whose package names xl/workbook.xml as its main part) a workbook, not a damaged document, and points to 从选区导入', async () => {
    const book = new Workbook();
    book.addWorksheet('分工').addRow(['序号', '责任单位']);
    const error = await problem(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(error).toEqual({
      code: 'not-docx',
      message: '这是 Excel 工作簿（.xlsx），不是 Word 文档，文件本身没有问题：请在 Excel 中打开它，选中其中的分工表，再用加载项的「从选区导入」或「分析当前表格」。',
      args: { found: 'workbook' },
    });
  });

  it('refuses a document.xml with a DOCTYPE (entity expansion, external entities) before parsing it', async () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const zip = new JSZip();
    zip.file('word/document.xml', documentXml(p('&b;')).replace('\n', `\n${laughs}`));
    expect((await problem(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('xml-doctype');
  });

  it('calls malformed XML and a document without a body corrupt', async () => {
    const broken = new JSZip();
    broken.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p></w:body>');
    expect((await problem(await broken.generateAsync({ type: 'uint8array' }))).code).toBe('xml-corrupt');
    const bodiless = new JSZip();
    bodiless.file('word/document.xml', '<?xml version="1.0"?><root/>');
    expect((await problem(await bodiless.generateAsync({ type: 'uint8array' }))).code).toBe('xml-corrupt');
  });

  it('reads a 50 MB .docx (a large picture beside a small document) and a cell of 100,000 characters', async () => {
    const picture = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < picture.length; i += 4096) picture[i] = i & 0xff;
    const long = '县应急管理局'.repeat(100_000 / 6 + 1).slice(0, 100_000);
    const zip = new JSZip();
    const plain = await docx(p('一、核心绩效指标') + tbl(4, HEADER, tr(['1', '甲', long, '县应急管理局'])));
    await zip.loadAsync(plain);
    zip.file('word/media/image1.png', picture, { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);
    const result = await readDocx('big.docx', bytes);
    expect(result.ok && result.value.tables[0].rows[0].cells[2].text).toBe(long);
  });
});
