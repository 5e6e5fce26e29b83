import { readHtml } from '../../../../src/core/read/html/html-reader';
import type { RawTable, SourceDocument } from '../../../../src/core/tables/raw-table';
import { indicatorTable } from '../indicator-table';

const HEADER = '<tr><td>序号</td><td>名&nbsp;&nbsp;称</td><td>2025年目标</td><td>责任单位</td><td>备注</td></tr>';

function bytes(html: string): Uint8Array {
  return new TextEncoder().encode(html);
}

function read(html: string | Uint8Array): SourceDocument {
  const result = readHtml('page.html', typeof html === 'string' ? bytes(html) : html);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function readClean(html: string | Uint8Array): RawTable[] {
  const document = read(html);
  expect(document.warnings).toEqual([]);
  return document.tables;
}

function texts(table: RawTable): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => (cell.merge ? `<${cell.merge}>` : cell.text)));
}

describe('readHtml', () => {
  it('reads a table with its heading, columns, rows and positions', () => {
    const [table] = readClean(
      `<!DOCTYPE html><html><head><title>通知</title><style>td{color:red}</style></head><body>
       <h2>附件</h2><p>一、核心绩效指标</p>
       <table><tbody>${HEADER}<tr><td>1</td><td>重特大生产安全事故起数</td><td>0</td><td>县安委会各成员单位，各乡镇（街道）</td><td></td></tr></tbody></table>
       </body></html>`,
    );
    expect(table).toEqual(indicatorTable('名\u00a0\u00a0称'));
  });

  it('turns rowspan into cells merged from above and colspan into cells merged from the left', () => {
    const [table] = readClean(
      `<table>${HEADER}
        <tr><td>1</td><td rowspan="3">道路交通</td><td colspan="2">整治（县交通局）</td><td></td></tr>
        <tr><td>2</td><td>巡查</td><td>县公安局</td><td></td></tr>
        <tr><td>3</td><td>宣传</td><td rowspan=0>县教委</td><td></td></tr>
        <tr><td>4</td><td>夜查</td><td>夜间</td><td></td></tr>
      </table>`,
    );
    expect(texts(table)).toEqual([
      ['1', '道路交通', '整治（县交通局）', '<left>', ''],
      ['2', '<above>', '巡查', '县公安局', ''],
      ['3', '<above>', '宣传', '县教委', ''],
      ['4', '夜查', '夜间', '<above>', ''],
    ]);
  });

  it('gives a header label with colspan 2 a task-heading column and a content column, as seed 004 has it', () => {
    const [table] = readClean(
      `<p>全区安全生产治本攻坚三年行动重点任务清单</p><table><thead><tr><th>行动名称</th><th colspan="2">重点任务</th><th>完成时间</th><th>责任单位</th></tr></thead>
       <tr><td>一、开展行动</td><td>1.强化管控。</td><td>建立机制。</td><td>2024年</td><td>区应急局</td></tr></table>`,
    );
    expect(table.columns.map((column) => column.role)).toEqual(['group', 'group', 'content', 'deadline', 'units']);
    expect(table.header).toEqual(['行动名称', '重点任务', '完成时间', '责任单位']);
  });

  it('reads <br> and <p> inside a cell as paragraph breaks and collapses HTML whitespace', () => {
    const [table] = readClean(
      `<table>${HEADER}<tr><td>1</td><td>名称</td><td><p>第一段
        继续</p><p>  第二段 </p>上<br>下<br/><br/></td><td>县应急
管理局、 县公安局</td><td>&lt;注&gt;&amp;&#x4E00;</td></tr></table>`,
    );
    expect(texts(table)[0].slice(2)).toEqual(['第一段继续\n第二段\n上\n下', '县应急管理局、 县公安局', '<注>&一']);
  });

  it('reads HTML copied out of Word: clipboard header, fragment markers, conditional comments, mso styles, <o:p>', () => {
    const html = `Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000001000\r\nStartFragment:0000000141\r\nEndFragment:0000000990\r\n
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal{mso-style-parent:"";}</style></head><body><!--StartFragment-->
<p class=MsoNormal><span style='font-family:黑体'>一、核心绩效指标<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'><td><p class=MsoNormal>序号<o:p></o:p></p></td><td><p>名称</p></td><td><p>2025年目标</p></td><td><p>责任单位</p></td><td><p>备注</p></td></tr>
<tr><td><p><![if !supportLists]>1<![endif]><o:p></o:p></p></td><td><p>森林火灾受害率</p></td><td><p>0.3‰以内</p></td><td><p>县林业局<o:p></o:p></p></td><td><p><o:p>&nbsp;</o:p></p></td></tr>
<![if !supportMisalignedColumns]><tr height=0><td width=40 style='border:none'></td><td width=40 style='border:none'></td><td width=40 style='border:none'></td><td width=40 style='border:none'></td><td width=40 style='border:none'></td><td width=40 style='border:none'></td></tr><![endif]>
</table><!--EndFragment--></body></html>`;
    const [table] = readClean(html);
    expect(table.title).toBe('一、核心绩效指标');
    expect(texts(table)).toEqual([['1', '森林火灾受害率', '0.3‰以内', '县林业局', '']]);
  });

  it('ignores script, style and display:none content', () => {
    const [table] = readClean(
      `<script>document.write('<table><tr><td>责任单位</td></tr></table>')</script><p>一、核心绩效指标</p>
       <table>${HEADER}<tr style="display:none"><td>9</td><td>隐藏</td><td>0</td><td>隐藏单位</td><td></td></tr>
       <tr><td>1</td><td>甲<span style="display: none">（隐藏）</span></td><td>0</td><td>县应急管理局</td><td></td></tr></table>`,
    );
    expect(texts(table)).toEqual([['1', '甲', '0', '县应急管理局', '']]);
  });

  it('joins a table repeated with its header after a page break and reads nested tables', () => {
    const tables = readClean(
      `<p>三、重点措施</p><table>${HEADER}<tr><td>1</td><td>甲</td><td>0</td><td>县应急管理局</td><td></td></tr></table>
       <p>续表</p><table>${HEADER}<tr><td>2</td><td>乙</td><td>0</td><td>县公安局</td><td></td></tr></table>
       <table><tr><td><p>四、其他</p><table>${HEADER}<tr><td>1</td><td>丙</td><td>0</td><td>县交通局</td><td></td></tr></table></td></tr></table>`,
    );
    expect(tables.map((table) => [table.title, table.rows.length])).toEqual([
      ['三、重点措施', 2],
      ['四、其他', 1],
    ]);
  });

  it('warns too-deep, as .docx does, when tables nested 32 or more deep are skipped', () => {
    const row = `<tr><td>1</td><td>甲</td><td>0</td><td>县应急管理局</td><td></td></tr>`;
    const deep = (levels: number) => '<table><tr><td>'.repeat(levels) + '深处' + '</td></tr></table>'.repeat(levels);
    const shallow = read(`<p>三、重点措施</p><table>${HEADER}${row}</table>${deep(32)}`);
    expect(shallow.warnings.filter((w) => w.code === 'too-deep')).toEqual([]);
    const document = read(`<p>三、重点措施</p><table>${HEADER}${row}</table>${deep(34)}`);
    expect(document.warnings.filter((w) => w.code === 'too-deep')).toEqual([
      { code: 'too-deep', message: '网页中表格嵌套超过 32 层，更深处的表格及其内容未读取（1 处）。', args: { depth: 32, places: 1 } },
    ]);
    expect(document.tables[0]?.rows).toHaveLength(1);
  });

  it('decodes a gb2312 page by its meta charset, and a page with no declaration as GB18030 when it is not UTF-8', () => {
    const gb = {
      序号: [0xd0, 0xf2, 0xba, 0xc5],
      名称: [0xc3, 0xfb, 0xb3, 0xc6],
      责任单位: [0xd4, 0xf0, 0xc8, 0xce, 0xb5, 0xa5, 0xce, 0xbb],
      甲: [0xbc, 0xd7],
    };
    const cell = (content: number[]) => [...bytes('<td>'), ...content, ...bytes('</td>')];
    const page = (meta: string) =>
      Uint8Array.from([
        ...bytes(`<html><head>${meta}</head><body><table><tr>`),
        ...cell(gb.序号), ...cell(gb.名称), ...cell(gb.责任单位),
        ...bytes('</tr><tr><td>1</td>'), ...cell(gb.甲), ...cell(gb.甲),
        ...bytes('</tr></table></body></html>'),
      ]);
    const declared = read(page('<meta http-equiv=Content-Type content="text/html; charset=gb2312">'));
    expect(declared.encoding).toBe('gb18030');
    expect(declared.tables[0].header).toEqual(['序号', '名称', '责任单位']);
    const sniffed = read(page(''));
    expect(sniffed.encoding).toBe('gb18030');
    expect(sniffed.tables[0].header).toEqual(['序号', '名称', '责任单位']);
  });

  it('warns about ragged rows and about a page with no responsibility table', () => {
    const ragged = read(`<table>${HEADER}<tr><td>1</td><td>甲</td></tr></table>`);
    expect(ragged.warnings.map((w) => w.code)).toEqual(['ragged-row']);
    const none = read('<html><body><p>一、总体要求</p><table><tr><td>签发人</td><td>张三</td></tr></table></body></html>');
    expect(none.tables).toEqual([]);
    expect(none.warnings.map((w) => w.code)).toEqual(['no-table']);
  });

  it('reads a 50 MB page (an inline picture) and a cell of 100,000 characters', () => {
    const picture = 'A'.repeat(50 * 1024 * 1024);
    const long = '县应急管理局'.repeat(100_000 / 6 + 1).slice(0, 100_000);
    const [table] = readClean(`<p><img src="data:image/png;base64,${picture}"></p><table>${HEADER}<tr><td>1</td><td>甲</td><td>${long}</td><td>县应急管理局</td><td></td></tr></table>`);
    expect(table.rows[0].cells[2].text).toBe(long);
  });

  it('refuses an empty page with a Chinese message', () => {
    const result = readHtml('empty.html', bytes('  \n'));
    expect(result).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('takes the document title from the page <title>, without the site name after it', () => {
    const document = read(
      `<html><head><title>重庆市涪陵区人民政府关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知_重庆市涪陵区人民政府</title></head>
       <body><h1>政策文件</h1><p>关于印发《另一个方案》的通知</p></body></html>`,
    );
    expect(document.title).toBe('2025年全区安全生产、防灾减灾救灾和消防工作要点');
  });

  it('takes the first <h1> when the <title> does not read as a title, and the paragraphs when neither does', () => {
    const heading = read(`<title>通知 - 应急管理局</title><h1>2025年全县森林防火<br>工作要点</h1><p>现将《别的要点》印发给你们。</p>`);
    expect(heading.title).toBe('2025年全县森林防火工作要点');
    const paragraphs = read(`<title>首页</title><h1>政策文件</h1><p>关于印发《2025年全县森林防火工作要点》的通知</p>`);
    expect(paragraphs.title).toBe('2025年全县森林防火工作要点');
    expect(read('<p>附件</p>').title).toBeUndefined();
  });
});

test('a Traditional-script page is read in Simplified and says so', () => {
  const document = read(
    '<html><body><p>重點任務分工表</p><table><tr><td>序號</td><td>工作任務</td><td>責任單位</td></tr><tr><td>1</td><td>完善安全生產責任清單</td><td>縣應急管理局牽頭，縣委組織部配合</td></tr></table></body></html>',
  );
  expect(document.warnings.map((w) => w.code)).toEqual(['traditional-script']);
  expect(document.tables.map((t) => [t.title, t.header, texts(t)])).toEqual([
    ['重点任务分工表', ['序号', '工作任务', '责任单位'], [['1', '完善安全生产责任清单', '县应急管理局牵头，县委组织部配合']]],
  ]);
});
