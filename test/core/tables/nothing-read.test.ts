import { nothingReadMessage, yieldsTasks } from '../../../src/core/tables/nothing-read';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { textDocument } from '../audit/make-task';

const TABLE = textDocument([['序号', 'seq'], ['责任单位', 'units']], [['1', '县应急局']]);

function without(over: Partial<SourceDocument>): SourceDocument {
  return { ...TABLE, tables: [], ...over };
}

describe('yieldsTasks', () => {
  test('a document with a table row yields tasks', () => {
    expect(yieldsTasks(TABLE)).toBe(true);
  });

  test('a document without tables, or whose tables have only a header, yields none', () => {
    expect(yieldsTasks(without({}))).toBe(false);
    expect(yieldsTasks({ ...TABLE, tables: TABLE.tables.map((t) => ({ ...t, rows: [] })) })).toBe(false);
  });
});

describe('nothingReadMessage', () => {
  test('says in two lines, in 「」 quotes, what it looked for and what to bring instead: the .docx or the web page', () => {
    const message = nothingReadMessage(without({ warnings: [{ code: 'no-table', message: '…' }] }));
    const lines = message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^没有读到任何任务：/);
    expect(lines[0]).toContain('「序号」「责任单位」「牵头单位」');
    expect(lines[1]).toContain('请改用原始的 .docx 文件或网页（.html）导入');
    expect(message).not.toMatch(/[“”"]/);
  });

  test('asks for the appendix itself when the document names one that is not there', () => {
    expect(nothingReadMessage(without({ warnings: [{ code: 'appendix-missing', message: '…' }] }))).toContain('请导入附件原件');
  });
});

test('nothingReadMessage says the table was lost when the text kept only a run-together header', () => {
  expect(nothingReadMessage(without({ warnings: [{ code: 'lost-table', message: '…' }, { code: 'no-table', message: '…' }] }))).toContain('丢失了单元格边界');
});
