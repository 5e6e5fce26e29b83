// Opening a workbook goes through the shared zip limits (src/core/text/zip.ts) before ExcelJS
// inflates anything: a declared 1.9 GB entry, an entry that inflates past what it declared, and too
// many entries are refused with a Chinese reason, and an ordinary workbook still opens.

import { Workbook } from 'exceljs';
import { readReturnedFile } from '../../src/xlsx/open-workbook';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { declaredBomb, lyingBomb, manyEntries } from './zip-bombs';

let plain: Uint8Array;

beforeAll(async () => {
  const workbook = new Workbook();
  workbook.addWorksheet('进展汇总').addRow(['任务键', '单位']);
  plain = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
});

describe('loadWorkbook under the zip limits', () => {
  it('opens an ordinary workbook', async () => {
    const loaded = await loadWorkbook(plain);
    expect(loaded.ok && loaded.value.workbook.worksheets.map((w) => w.name)).toEqual(['进展汇总']);
  });

  it('refuses an entry declared at 1.9 GB before inflating it', async () => {
    const bytes = await declaredBomb(plain);
    expect(bytes.length).toBeLessThan(50_000);
    const loaded = await loadWorkbook(bytes);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'zip-bomb', message: expect.stringMatching(/解开后超过 300 MB.*恶意文件/) } });
  });

  it('refuses an entry that inflates past the size it declares, counted while inflating', async () => {
    const loaded = await loadWorkbook(await lyingBomb(plain));
    expect(loaded).toMatchObject({ ok: false, error: { code: 'zip-bomb', message: expect.stringContaining('声明的大小与实际不符') } });
  });

  it('refuses more than 10,000 entries', async () => {
    const loaded = await loadWorkbook(await manyEntries(plain));
    expect(loaded).toMatchObject({ ok: false, error: { code: 'zip-bomb', message: expect.stringContaining('压缩包内文件超过 10000 个') } });
  }, 30_000);

  it('names the returned file it refuses', async () => {
    expect(await readReturnedFile('炸弹.xlsx', await lyingBomb(plain))).toEqual({
      fileName: '炸弹.xlsx',
      refused: expect.objectContaining({ code: 'zip-bomb', message: expect.stringContaining('恶意文件'), cause: expect.objectContaining({ code: 'zip-too-large' }) }),
    });
  });
});
