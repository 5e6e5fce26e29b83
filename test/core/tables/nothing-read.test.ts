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
  test('names the columns it looked for and asks for the .docx or the web page', () => {
    const message = nothingReadMessage(without({ warnings: [{ code: 'no-table', message: '…' }] }));
    expect(message).toMatch(/^没有读到任何任务：/);
    expect(message).toContain('“责任单位”“牵头单位”或“配合单位”');
    expect(message).toContain('请改用原始的 .docx 文件或网页（.html）导入');
  });

  test('asks for the appendix itself when the document names one that is not there', () => {
    expect(nothingReadMessage(without({ warnings: [{ code: 'appendix-missing', message: '…' }] }))).toContain('请导入附件原件');
  });
});

test('nothingReadMessage says the table was lost when the text kept only a run-together header', () => {
  expect(nothingReadMessage(without({ warnings: [{ code: 'lost-table', message: '…' }, { code: 'no-table', message: '…' }] }))).toContain('丢失了单元格边界');
});
