// 回收汇总 and 到期提醒 outside Excel: the combined workbook picked (with the returns, for 回收汇总),
// the result a new workbook to download; a collection that used no returned file, or a pick that is
// no combined workbook, is a failure and hands nothing to the browser.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import { collectDownload, dueDownload, resultName } from '../../src/taskpane/downloads';
import { setLanguage } from '../../src/taskpane/strings';
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
      lines: ['「说明.pdf」未能读取：这是 PDF 文件，不是 Excel 工作簿（.xlsx）。', '没有下载任何文件。'],
      warnings: [],
    });
  });

  test('with one return used and one refused, is partial, names the refused one and says where the download went', async () => {
    const [bureau] = rendered.bureaus;
    if (!bureau) throw new Error('seed 000 has no bureau');
    const returned = { name: bureau.fileName, bytes: await fillReturn(bureau.bytes, () => ({ status: '已完成' }), new Date('2025-07-01T00:00:00Z')) };
    const { outcome, file } = await collectDownload([{ name: '汇总.xlsx', bytes: rendered.combined }, returned, NOT_A_WORKBOOK], () => undefined);
    expect(file?.fileName).toMatch(/^汇总-回收汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(outcome).toMatchObject({ kind: 'partial', title: '已汇总 1 个文件，1 个未能使用', warnings: ['「说明.pdf」未能读取：这是 PDF 文件，不是 Excel 工作簿（.xlsx）。'] });
    expect(outcome.next).toEqual({ downloaded: file?.fileName });
  });
});

describe('dueDownload', () => {
  /** A plan whose deadlines lie years back, so what is overdue does not depend on the day the test runs. */
  const PLAN = ['序号|工作任务|完成时间|责任单位', '1|完成隐患排查整治|2020年6月底前|区应急局、区公安分局', '2|修订应急预案|2021年3月31日前|区民政局', '3|健全值班制度|长期坚持|区应急局'].join('\n');
  let plan: RenderedWorkbooks;

  beforeAll(async () => {
    const read = await readDocument('分工.txt', new TextEncoder().encode(PLAN));
    if (!read.ok) throw new Error(read.error.message);
    plan = await renderAnalysis(analyse([read.value]), { perUnit: true, on: '2020-01-01' });
  });
  afterEach(() => setLanguage('zh-CN'));

  test('the combined workbook picked comes back as a new file named for today, with each unit’s overdue count and the sheets redone', async () => {
    const picked = plan.combined.slice();
    const steps: string[] = [];
    const { outcome, file } = await dueDownload([{ name: '分工.xlsx', bytes: plan.combined }], (step) => steps.push(step));
    const on = /^分工-到期提醒-(\d{4})-(\d{2})-(\d{2})\.xlsx$/.exec(file?.fileName ?? '');
    if (!on) throw new Error(`unexpected file name ${file?.fileName}`);
    expect(outcome).toEqual({
      kind: 'ok',
      title: '已更新到期提醒',
      lines: [
        `截至 ${Number(on[1])}年${Number(on[2])}月${Number(on[3])}日：已逾期未完成 3 项，15 天内到期 0 项，涉及 3 个单位。`,
        '以「分工.xlsx」为汇总工作簿，重做了「进展汇总」「到期提醒」，其他工作表原样保留；所选文件未改动。',
      ],
      warnings: [],
      next: { downloaded: file?.fileName },
      due: [
        { unit: '区公安分局', overdue: 1, dueSoon: 0 },
        { unit: '区民政局', overdue: 1, dueSoon: 0 },
        { unit: '区应急局', overdue: 1, dueSoon: 0 },
      ],
    });
    expect(steps).toEqual(['正在读取工作簿中的「进展汇总」…']);
    expect(plan.combined).toEqual(picked);
  });

  test('the last reminder picked again is named for today once, not with a second suffix', async () => {
    const { file } = await dueDownload([{ name: '分工-到期提醒-2025-06-30.xlsx', bytes: plan.combined }], () => undefined);
    expect(file?.fileName).toMatch(/^分工-到期提醒-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  test('a bureau’s task list (no 进展汇总) fails, says what to pick and downloads nothing', async () => {
    const [bureau] = plan.bureaus;
    if (!bureau) throw new Error('no bureau');
    expect(await dueDownload([{ name: bureau.fileName, bytes: bureau.bytes }], () => undefined)).toEqual({
      outcome: {
        kind: 'failed',
        title: `「${bureau.fileName}」中没有「进展汇总」`,
        lines: ['请选择分工表助手生成的汇总工作簿（含「进展汇总」），或上次回收汇总下载的结果。', '没有下载任何文件。'],
        warnings: [],
      },
    });
  });

  test('a file that is no workbook fails saying what it is; two files at once are refused', async () => {
    expect(await dueDownload([NOT_A_WORKBOOK], () => undefined)).toEqual({
      outcome: { kind: 'failed', title: '到期提醒失败', lines: ['汇总工作簿「说明.pdf」无法打开：这是 PDF 文件，不是 Excel 工作簿（.xlsx）。', '没有下载任何文件。'], warnings: [] },
    });
    const two = await dueDownload([{ name: '分工.xlsx', bytes: plan.combined }, NOT_A_WORKBOOK], () => undefined);
    expect(two).toEqual({ outcome: { kind: 'failed', title: '请只选择一个汇总工作簿', lines: ['选择了 2 个文件；到期提醒一次处理一个汇总工作簿。', '没有下载任何文件。'], warnings: [] } });
  });

  test('in English the outcome is English, the file name still Chinese as the bureaus receive it', async () => {
    await setLanguage('en-US');
    const { outcome, file } = await dueDownload([{ name: '分工.xlsx', bytes: plan.combined }], () => undefined);
    expect(file?.fileName).toMatch(/^分工-到期提醒-/);
    expect(outcome.title).toBe('Due and overdue updated');
    expect(outcome.lines[1]).toBe('From “分工.xlsx”: “进展汇总”, “到期提醒” redone, every other sheet kept as it was; the file picked is unchanged.');
    const [bureau] = plan.bureaus;
    const refused = await dueDownload([{ name: bureau?.fileName ?? '', bytes: bureau?.bytes ?? new Uint8Array() }], () => undefined);
    expect(refused.outcome.title).toBe(`“${bureau?.fileName}” has no 进展汇总 sheet`);
  });
});

describe('resultName', () => {
  test.each([
    ['汇总.xlsx', '回收汇总', '汇总-回收汇总-2025-07-01.xlsx'],
    ['汇总-回收汇总-2025-06-01.xlsx', '回收汇总', '汇总-回收汇总-2025-07-01.xlsx'],
    ['汇总-回收汇总-2025-06-01-到期提醒-2025-06-15.XLSX', '到期提醒', '汇总-到期提醒-2025-07-01.xlsx'],
    ['2025年工作要点-分工.xlsx', '到期提醒', '2025年工作要点-分工-到期提醒-2025-07-01.xlsx'],
  ])('「%s」 after %s is 「%s」: earlier results’ suffixes are not stacked', (picked, action, expected) => {
    expect(resultName(picked, action, '2025-07-01')).toBe(expected);
  });
});
