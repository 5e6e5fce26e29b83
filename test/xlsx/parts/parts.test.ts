// The direct writer's small parts (src/xlsx/parts/), where the equivalence test's small plans do not
// reach: escaping, byte growth, thousands of notes, a table header without text.

import { Workbook } from 'exceljs';
import { STYLES } from '../../../src/core/plan/styles';
import type { WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { ByteSink } from '../../../src/xlsx/parts/byte-sink';
import { vmlXml } from '../../../src/xlsx/parts/note-parts';
import { escapeXml, textElement } from '../../../src/xlsx/parts/xml-text';
import { renderXlsx } from '../../../src/xlsx/render-xlsx';
import { partXml, plainSheet } from '../read-back';

async function readBack(plan: WorkbookPlan): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await renderXlsx(plan)) as unknown as ArrayBuffer);
  return workbook;
}

describe('the direct writer’s parts', () => {
  test('markup characters are escaped and the control characters XML forbids are dropped', () => {
    expect(escapeXml(`a<b & "c" 'd'\u0001\u001f\te\n`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;\te\n');
    expect(textElement('t', ' 前后有空格 ')).toBe('<t xml:space="preserve"> 前后有空格 </t>');
    expect(textElement('t', '无空格')).toBe('<t>无空格</t>');
  });

  test('a byte sink grows past its first buffer and keeps every character', () => {
    const sink = new ByteSink();
    const line = '责任单位：县应急管理局、县公安局🚒\n';
    for (let i = 0; i < 5000; i++) sink.write(line);
    expect(new TextDecoder().decode(sink.bytes())).toBe(line.repeat(5000));
  });

  test('a drawing with more notes than one block of shape ids claims as many blocks as it needs', () => {
    const notes = Array.from({ length: 1500 }, (_, i) => ({ ref: `A${i + 1}`, row: i, column: 0, text: '说明' }));
    const xml = vmlXml(notes, 3);
    expect(xml).toContain('<o:idmap v:ext="edit" data="3,4"/>');
    const ids = [...xml.matchAll(/<v:shape id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    expect([ids[0], ids[ids.length - 1], new Set(ids).size]).toEqual([3 * 1024 + 1, 3 * 1024 + 1500, 1500]);
  });

  test('every one of 1,500 notes reads back on its cell, and text with a control character opens', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [{ kind: 'text' as const, text: `第${i + 1}行\u0007`, note: `问题${i + 1}` }]);
    const book = await readBack({ sheets: [plainSheet('表', rows)], styles: STYLES });
    const worksheet = book.getWorksheet('表');
    const noteOf = (r: number) => {
      const note = worksheet?.getCell(r, 1).note;
      return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    };
    expect([noteOf(1), noteOf(1500), worksheet?.getCell(1500, 1).value]).toEqual(['问题1', '问题1500', '第1500行']);
  });

  test('a table column whose header has no text is named 列N, in the table and in its header cell', async () => {
    const header = [{ kind: 'text' as const, text: '名称' }, null];
    const plan: WorkbookPlan = { sheets: [plainSheet('表', [header, [{ kind: 'text', text: '甲' }, { kind: 'number', value: 1 }]], { table: { name: 'T', range: { top: 0, left: 0, bottom: 1, right: 1 } } })], styles: STYLES };
    const bytes = await renderXlsx(plan);
    expect(await partXml(bytes, 'xl/tables/table1.xml')).toContain('<tableColumn id="2" name="列2"/>');
    const book = await readBack(plan);
    expect(book.getWorksheet('表')?.getCell('B1').value).toBe('列2');
  });
});
