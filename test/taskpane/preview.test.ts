// What the preview shows of the seeds: the first rows of every table, the tables that need a look,
// and the reader's warnings named by the table's title and the row's 序号 instead of a line of the .txt.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/core/read';
import { warningAt } from '../../src/core/result';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { namedWarnings, previewOf, rowName, SAMPLE_ROWS } from '../../src/taskpane/preview';
import { needsLook } from '../../src/taskpane/components/DocumentPreview';
import { readLayout } from '../fixtures/layouts/read-layout';

const SEEDS = join(__dirname, '../../seeds');

async function seed(name: string): Promise<SourceDocument> {
  const read = await readDocument(name, readFileSync(join(SEEDS, name)));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('the preview of a document', () => {
  test('shows the first rows of every table, cell for cell, as read', async () => {
    const document = await seed('000_bfdfd6760bd5685d.txt');
    const preview = previewOf(document);
    preview.tables.forEach((table, t) => {
      expect(table.sample).toEqual(document.tables[t]!.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells.map((cell) => cell.text)));
    });
    expect(preview.tables[1]?.sample[2]?.[1]).toBe('燃气领域');
  });

  test('a table whose labels all say their roles needs no look; one read over two columns does, with the warning named by its title', async () => {
    const ordinary = previewOf(await seed('000_bfdfd6760bd5685d.txt'));
    expect(ordinary.tables.map(needsLook)).toEqual([false, false, false, false]);
    const bishan = previewOf(await seed('004_e49c03a3eb7a1052.txt'));
    const [table] = bishan.tables;
    expect(table && needsLook(table)).toBe(true);
    // The second 「重点任务」 column is read as content: not what its label says.
    expect(table?.columns.map((c) => c.unusual)).toEqual([false, false, true, false, false]);
    expect(table?.warnings).toEqual([
      '「全区安全生产治本攻坚三年行动重点任务清单」的表头比数据行少一列：按表头「重点任务」横跨两列读取（前一列为任务名称，后一列为任务内容），请核对。',
    ]);
    expect(bishan.warnings).toEqual([]);
    // An outcome listing every warning names the place the same way.
    expect(namedWarnings(await seed('004_e49c03a3eb7a1052.txt'))).toEqual(table?.warnings);
    expect(JSON.stringify(bishan)).not.toContain('第 89 行');
  });

  test('a warning about a row names the row by its 序号 and its task, filled down from the rows above', async () => {
    const document = await seed('000_bfdfd6760bd5685d.txt');
    const table = document.tables[2]!;
    const row = table.rows[1]!; // 序号 2, its 名称 cell blank under 「强化党政领导干部责任」
    if (row.position.kind !== 'line') throw new Error('a text row has a line');
    const warned = { ...document, warnings: [warningAt('ragged-row', { line: row.position.line, text: `第 ${row.position.line} 行开始的一行` }, '只有 4 个单元格。')] };
    expect(previewOf(warned).tables[2]?.warnings).toEqual(['「三、重点措施」序号 2「强化党政领导干部责任」只有 4 个单元格。']);
    expect(previewOf(warned).warnings).toEqual([]);
  });

  test('a table recovered by the shape of its cells is opened with the reader’s warning named by its title, not its line', async () => {
    const { document } = await readLayout('table-cells-lost.txt');
    const preview = previewOf(document);
    expect(preview.warnings).toEqual([]);
    expect(preview.tables[0]?.warnings).toEqual([expect.stringMatching(new RegExp(`^「${preview.tables[0]?.title}」在文本中丢失了单元格边界`))]);
    expect(preview.tables[0] && needsLook(preview.tables[0])).toBe(true);
  });

  test('a warning naming several short rows of a pipe table names each by its 序号 and task', async () => {
    const { document } = await readLayout('table-pipe-short-rows.txt');
    const [first] = previewOf(document).tables;
    expect(first?.warnings).toEqual([
      '「一、核心指标」序号 1「生产安全事故死亡人数」、序号 2「道路交通事故万车死亡率」、序号 3「亿元GDP生产安全事故死亡率」的格数少于表头（可能有合并单元格）：已按各格内容的样子（单位名称、日期、文字）对到列上，请核对。',
    ]);
  });

  test('a warning with no place stays the document’s, as written', async () => {
    const document = await seed('000_bfdfd6760bd5685d.txt');
    const preview = previewOf({ ...document, warnings: [{ code: 'utf16-no-bom', message: '文件没有字节顺序标记。' }] });
    expect(preview.warnings).toEqual(['文件没有字节顺序标记。']);
    expect(preview.tables.flatMap((t) => t.warnings)).toEqual([]);
  });

  test('a row with neither 序号 nor task is named by its place among the data rows, and a long task is cut', () => {
    expect(rowName('', '', 4)).toBe('第 5 行');
    expect(rowName('3', '', 2)).toBe('序号 3');
    expect(rowName('', '一二三四五六七八九十一二三四五六七八九十一二', 0)).toBe('「一二三四五六七八九十一二三四五六七八九十…」');
  });
});
