// 回收汇总 outside Excel: the combined workbook picked with the returns, the result a new workbook to
// download; a collection that used no returned file is a failure and hands nothing to the browser.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import { collectDownload } from '../../src/taskpane/downloads';
import { renderAnalysis, type RenderedWorkbooks } from '../../src/xlsx/render-analysis';
import { fillReturn } from '../fixtures/fill-return';

const SEED = join(__dirname, '../../seeds/000_bfdfd6760bd5685d.txt');
const NOT_A_WORKBOOK = { name: '说明.pdf', bytes: new TextEncoder().encode('%PDF-1.7') };

let rendered: RenderedWorkbooks;

beforeAll(async () => {
  const read = await readDocument('000.txt', readFileSync(SEED));
  if (!read.ok) throw new Error(read.error.message);
  rendered = await renderAnalysis(analyse([read.value]), { perUnit: true });
});

describe('collectDownload', () => {
  test('with only a file that is not a workbook beside the combined one, fails, names the file and downloads nothing', async () => {
    const { outcome, file } = await collectDownload([{ name: '汇总.xlsx', bytes: rendered.combined }, NOT_A_WORKBOOK], () => undefined);
    expect(file).toBeUndefined();
    expect(outcome).toEqual({
      kind: 'failed',
      title: '没有可用的报回文件',
      lines: ['「说明.pdf」未能读取：这不是 Excel 工作簿（.xlsx）文件。', '没有下载任何文件。'],
      warnings: [],
    });
  });

  test('with one return used and one refused, is partial, names the refused one and says where the download went', async () => {
    const [bureau] = rendered.bureaus;
    if (!bureau) throw new Error('seed 000 has no bureau');
    const returned = { name: bureau.fileName, bytes: await fillReturn(bureau.bytes, () => ({ status: '已完成' }), new Date('2025-07-01T00:00:00Z')) };
    const { outcome, file } = await collectDownload([{ name: '汇总.xlsx', bytes: rendered.combined }, returned, NOT_A_WORKBOOK], () => undefined);
    expect(file?.fileName).toMatch(/^汇总-回收汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(outcome).toMatchObject({ kind: 'partial', title: '已汇总 1 个文件，1 个未能使用', warnings: ['「说明.pdf」未能读取：这不是 Excel 工作簿（.xlsx）文件。'] });
    expect(outcome.next).toEqual({ downloaded: file?.fileName });
  });
});
