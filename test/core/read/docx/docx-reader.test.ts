import { readDocx } from '../../../../src/core/read/docx/docx-reader';
import type { RawTable, SourceDocument } from '../../../../src/core/tables/raw-table';
import { indicatorTable } from '../indicator-table';
import { docx, p, sdt, tbl, tc, tr } from '../../../fixtures/docx-builder';

const HEADER = tr(['序号', '名  称', '2025年目标', '责任单位', '备注'], { header: true });

async function read(body: string): Promise<SourceDocument> {
  const result = await readDocx('plan.docx', await docx(body));
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Reads a document expected to give no warning at all. */
async function readClean(body: string): Promise<RawTable[]> {
  const document = await read(body);
  expect(document.warnings).toEqual([]);
  return document.tables;
}

function texts(table: RawTable): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => (cell.merge ? `<${cell.merge}>` : cell.text)));
}

describe('readDocx', () => {
  it('reads a responsibility table with its heading, columns, rows and positions', async () => {
    const [table] = await readClean(
      p('附件') + p('核心绩效指标责任及重点任务分工') + p('一、核心绩效指标') +
        tbl(5, HEADER, tr(['1', '重特大生产安全事故起数', '0', '县安委会各成员单位，各乡镇（街道）', ''])),
    );
    expect(table).toEqual(indicatorTable('名  称'));
  });

  it('marks vertically merged cells as merged from above, with no text, so a merged 责任单位 is not a blank', async () => {
    const [table] = await readClean(
      tbl(5, HEADER,
        tr(['1', tc('道路交通', { vMerge: 'restart' }), '整治', tc('县交通局', { vMerge: 'restart' }), '']),
        tr(['2', tc('ignored', { vMerge: 'continue' }), '巡查', tc('', { vMerge: 'continue' }), ''])),
    );
    expect(texts(table)).toEqual([
      ['1', '道路交通', '整治', '县交通局', ''],
      ['2', '<above>', '巡查', '<above>', ''],
    ]);
  });

  it('gives a header label spanning two columns a task-heading column and a content column, as seed 004 has it', async () => {
    const [table] = await readClean(
      p('全区安全生产治本攻坚三年行动重点任务清单') +
        tbl(5,
          tr(['行动名称', tc('重点任务', { span: 2 }), '完成时间', '责任单位']),
          tr(['一、开展重大安全风险源头管控行动', '1.强化重大安全风险源头管控。', '建立完善安全风险评估会商机制。', '2024年', '区安委会相关成员单位'])),
    );
    expect(table.title).toBe('全区安全生产治本攻坚三年行动重点任务清单');
    expect(table.header).toEqual(['行动名称', '重点任务', '完成时间', '责任单位']);
    expect(table.columns.map((column) => `${column.label}:${column.role}`)).toEqual([
      '行动名称:group', '重点任务:group', '重点任务:content', '完成时间:deadline', '责任单位:units',
    ]);
  });

  it('marks the cells a data cell spans to its right as merged from the left', async () => {
    const [table] = await readClean(tbl(5, HEADER, tr(['1', tc('交通运输领域整治', { span: 2 }), '县交通局', ''])));
    expect(texts(table)).toEqual([['1', '交通运输领域整治', '<left>', '县交通局', '']]);
  });

  it('joins the paragraphs of a cell with newlines and keeps tabs and line breaks inside runs', async () => {
    const [table] = await readClean(
      tbl(5, HEADER, tr(['1', '名称', tc(['第一段', '', '  第二段\t（续）  ', '上\n下']), '县应急管理局', ''])),
    );
    expect(table.rows[0].cells[2].text).toBe('第一段\n第二段\t（续）\n上\n下');
  });

  it('reads a two-row header where 责任单位 spans 牵头单位 and 配合单位', async () => {
    const [table] = await readClean(
      tbl(5,
        tr([tc('序号', { vMerge: 'restart' }), tc('重点任务', { vMerge: 'restart' }), tc('责任单位', { span: 2 }), tc('完成时限', { vMerge: 'restart' })], { header: true }),
        tr([tc('', { vMerge: 'continue' }), tc('', { vMerge: 'continue' }), '牵头单位', '配合单位', tc('', { vMerge: 'continue' })], { header: true }),
        tr(['1', '隐患排查', '县应急管理局', '县公安局', '2025年底'])),
    );
    expect(table.header).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(table.columns.map((column) => column.role)).toEqual(['seq', 'group', 'lead', 'support', 'deadline']);
    expect(texts(table)).toEqual([['1', '隐患排查', '县应急管理局', '县公安局', '2025年底']]);
  });

  it('does not read a further row the source marks as a header row as data', async () => {
    const [table] = await readClean(
      tbl(5, HEADER, tr(['', '', '（按年度）', '', ''], { header: true }), tr(['1', '甲', '0', '县应急管理局', ''])),
    );
    expect(texts(table)).toEqual([['1', '甲', '0', '县应急管理局', '']]);
  });

  it('joins a table continued after a page break with its header repeated, and drops a header repeated inside a table', async () => {
    const [table, ...rest] = await readClean(
      p('三、重点措施') +
        tbl(5, HEADER, tr(['1', '甲', '目标甲', '县应急管理局', ''])) +
        p('<w:r><w:br w:type="page"/></w:r>') + p('续表') +
        tbl(5, HEADER, tr(['2', '乙', '目标乙', '县公安局', '']), HEADER, tr(['3', '丙', '目标丙', '县交通局', ''])),
    );
    expect(rest).toEqual([]);
    expect(table.title).toBe('三、重点措施');
    expect(table.rows.map((row) => row.cells[0].text)).toEqual(['1', '2', '3']);
    expect(table.rows[1].position).toEqual({ kind: 'element', table: 2, row: 2 });
  });

  it('joins a headerless continuation of the same width, but keeps tables under their own headings apart', async () => {
    const tables = await readClean(
      p('一、核心绩效指标') + tbl(5, HEADER, tr(['1', '甲', '0', '县应急管理局', ''])) +
        tbl(5, tr(['2', '乙', '0', '县公安局', ''])) +
        p('二、重要文件') + tbl(5, HEADER, tr(['1', '《预案》', '修订', '县应急管理局', ''])),
    );
    expect(tables.map((table) => [table.title, table.rows.length])).toEqual([
      ['一、核心绩效指标', 2],
      ['二、重要文件', 1],
    ]);
  });

  it('keeps merges across bookmarks, proofing marks and permission marks between rows', async () => {
    const between = '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/><w:permStart w:id="1"/>';
    const [table] = await readClean(
      tbl(5, HEADER,
        tr(['1', tc('道路交通', { vMerge: 'restart' }), '整治', '县交通局', '']),
        between,
        tr(['2', tc('', { vMerge: 'continue' }), '巡查', '县公安局', '']),
        '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/>'),
    );
    expect(texts(table)).toEqual([
      ['1', '道路交通', '整治', '县交通局', ''],
      ['2', '<above>', '巡查', '县公安局', ''],
    ]);
  });

  it('places cells after w:gridBefore and pads w:gridAfter with empty cells, without a ragged-row warning', async () => {
    const [table] = await readClean(
      tbl(5, HEADER, tr(['名称', '目标', '县应急管理局'], { gridBefore: 1, gridAfter: 1 })),
    );
    expect(texts(table)).toEqual([['', '名称', '目标', '县应急管理局', '']]);
  });

  it('reads a responsibility table nested in a layout table, titled by the paragraph above it in the cell', async () => {
    const inner = tbl(5, HEADER, tr(['1', '甲', '0', '县应急管理局', '']));
    const tables = await readClean(tbl(1, tr([tc(['<w:p/>', p('一、核心绩效指标'), inner])])));
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe('一、核心绩效指标');
    expect(tables[0].position).toEqual({ kind: 'element', table: 2, row: 1 });
  });

  it('reads through content controls around the table, around rows and around cells', async () => {
    const [table] = await readClean(
      sdt(p('一、核心绩效指标')) +
        sdt(tbl(5, HEADER, sdt(tr(['1', '甲', '0', '县应急管理局', ''])), tr(['2', sdt(tc('乙')), '0', '县公安局', '']))),
    );
    expect(table.title).toBe('一、核心绩效指标');
    expect(texts(table)).toEqual([
      ['1', '甲', '0', '县应急管理局', ''],
      ['2', '乙', '0', '县公安局', ''],
    ]);
  });

  it('accepts tracked changes: inserted text kept, deleted text and deleted rows dropped', async () => {
    const edited = p(
      '县应急',
      '<w:del w:id="1" w:author="a"><w:r><w:delText>管理局、县公安</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="a"><w:r><w:t>管理局</w:t></w:r></w:ins>',
    );
    const deletedRow = '<w:tr><w:trPr><w:del w:id="3" w:author="a"/></w:trPr>' + tc('2') + tc('删') + tc('0') + tc('县交通局') + tc('') + '</w:tr>';
    const [table] = await readClean(tbl(5, HEADER, tr(['1', '甲', '0', tc(edited), '']), deletedRow));
    expect(texts(table)).toEqual([['1', '甲', '0', '县应急管理局', '']]);
  });

  it('drops field instructions and keeps the field result', async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>县林业局</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const [table] = await readClean(tbl(5, HEADER, tr(['1', '甲', '0', tc(p(field)), ''])));
    expect(table.rows[0].cells[3].text).toBe('县林业局');
  });

  it('skips tables without a responsibility header silently', async () => {
    const tables = await readClean(
      tbl(2, tr(['签发人', '张三'])) + p('一、核心绩效指标') + tbl(5, HEADER, tr(['1', '甲', '0', '县应急管理局', ''])),
    );
    expect(tables.map((table) => table.title)).toEqual(['一、核心绩效指标']);
  });

  it('warns about rows with fewer cells than the header and pads them', async () => {
    const document = await read(p('一、核心绩效指标') + tbl(5, HEADER, tr(['1', '甲', '0'])));
    expect(document.warnings.map((w) => w.code)).toEqual(['ragged-row']);
    expect(document.warnings[0].message).toContain('表格 1 第 2 行');
    expect(document.tables[0].rows[0].cells).toHaveLength(5);
  });

  it('warns when a merge continues a cell that is not there, and still marks it merged', async () => {
    const header = tr(['序号', tc('名称', { span: 2 }), '责任单位', '备注']);
    const document = await read(tbl(5, header, tr(['1', '甲', tc('', { vMerge: 'continue' }), '县应急管理局', ''])));
    expect(document.warnings.map((w) => w.code)).toEqual(['merge-mismatch']);
    expect(document.warnings[0].message).toContain('表格 1 第 2 行');
    expect(texts(document.tables[0])).toEqual([['1', '甲', '<above>', '县应急管理局', '']]);
  });

  it('warns when the document has no responsibility table', async () => {
    const document = await read(p('一、总体要求') + p('坚持安全第一。'));
    expect(document.tables).toEqual([]);
    expect(document.warnings.map((w) => w.code)).toEqual(['no-table']);
  });

  it('names the appendix the document lists when its table is not in the file', async () => {
    const document = await read(p('附件：核心绩效指标责任及重点任务分工') + p('坚持安全第一。'));
    expect(document.warnings.map((w) => w.code)).toEqual(['appendix-missing']);
    expect(document.warnings[0].message).toContain('核心绩效指标责任及重点任务分工');
  });

  it('takes the document title from the notice title, split over paragraphs and runs', async () => {
    const document = await read(
      p('重庆高新区管委会') + p('关于印发2025年重庆高新区', '安全生产 防灾') + p('减灾救灾和消防工作要点的通知') +
        p('《2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点》已经管委会同意。') + tbl(5, HEADER, tr(['1', '隐患排查', '', '区应急局', ''])),
    );
    expect(document.title).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点');
  });

  it('has no title when no paragraph reads as one', async () => {
    const document = await read(p('附件') + tbl(5, HEADER, tr(['1', '隐患排查', '', '区应急局', ''])));
    expect(document.title).toBeUndefined();
  });
});
