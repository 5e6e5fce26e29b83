// 到期提醒 in the single offline file (issue 19), as a clerk without Excel does it: opened from file://
// with every network request refused, a plan whose deadlines lie years back is imported and its
// combined workbook downloaded; that workbook picked for 到期提醒 comes back as a new download whose
// 到期提醒 sheet lists exactly the overdue rows, the other sheets as they were, and the pane shows the
// table per unit. A bureau's task list picked instead is refused, and nothing is downloaded. axe-core
// runs on the result, and the 320 px screenshot is kept in test-output/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { analyse } from '../../../src/core/analyse';
import { readDocument } from '../../../src/core/read';
import { sheetPaths } from '../../../src/xlsx/package-sheets';
import { loadWorkbook, sheetText } from '../../../src/xlsx/read-workbook';
import { renderAnalysis } from '../../../src/xlsx/render-analysis';
import { accessibilityFailures } from './axe';
import { TEST_OUTPUT, XLSX, openPaneBrowser, type PaneBrowser } from './harness';

/** Deadlines years back: what is overdue does not depend on the day the test runs. */
const PLAN = [
  '序号|工作任务|完成时间|责任单位',
  '1|完成全区隐患排查整治|2020年6月底前|区应急局、区公安分局',
  '2|修订区级应急预案|2021年3月31日前|区民政局',
  '3|健全值班值守制度|长期坚持|区应急局',
].join('\n');

/** The 到期提醒 sheet's rows under its header: 单位, 提醒, 到期日, 承担方式. */
async function dueRows(bytes: Uint8Array): Promise<string[][]> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const sheet = loaded.value.workbook.getWorksheet('到期提醒');
  if (!sheet) throw new Error('no 到期提醒 sheet');
  const { cells } = sheetText(sheet);
  return cells.slice(cells.findIndex((row) => row[0] === '单位') + 1).map((row) => row.slice(0, 4));
}

describe('到期提醒 in the single offline file, from file:// with every network request refused', () => {
  let browser: PaneBrowser;
  let page: Page;
  const requests: string[] = [];
  const downloads: string[] = [];
  let combined: { name: string; bytes: Buffer };

  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    browser = await openPaneBrowser();
    browser.context.on('request', (request) => requests.push(request.url()));
    page = await browser.openPage({ offline: true, width: 320 });
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('downloads the combined workbook of a plan read in the page', async () => {
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles({ name: '分工.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN) });
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    combined = { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    expect(combined.name).toMatch(/\.xlsx$/);
  }, 120_000);

  it('refuses a bureau’s task list (no 进展汇总), saying what to pick, and downloads nothing', async () => {
    const read = await readDocument('分工.txt', Buffer.from(PLAN));
    if (!read.ok) throw new Error(read.error.message);
    const [bureau] = (await renderAnalysis(analyse([read.value]), { perUnit: true })).bureaus;
    if (!bureau) throw new Error('no bureau');
    await page.getByRole('tab', { name: '督办' }).click();
    const before = downloads.length;
    await page.locator('input[aria-label="到期提醒"]').setInputFiles({ name: bureau.fileName, mimeType: XLSX, buffer: Buffer.from(bureau.bytes) });
    const status = page.getByRole('alert').filter({ hasText: `「${bureau.fileName}」中没有「进展汇总」` });
    await status.waitFor({ state: 'visible' });
    expect(await status.innerText()).toContain('没有下载任何文件。');
    expect(downloads.length).toBe(before);
    expect(await page.getByRole('table', { name: '各单位逾期与即将到期的任务数' }).count()).toBe(0);
  }, 120_000);

  it('takes the downloaded workbook and downloads a new one whose 到期提醒 lists the overdue rows, the other sheets as they were, and shows the table per unit', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('input[aria-label="到期提醒"]').setInputFiles({ name: combined.name, mimeType: XLSX, buffer: combined.bytes }),
    ]);
    const stem = combined.name.replace(/\.xlsx$/, '');
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${stem}-到期提醒-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const bytes = readFileSync(await download.path());
    expect(await dueRows(bytes)).toEqual([
      ['区公安分局', '已逾期', '2020-06-30', '配合'],
      ['区民政局', '已逾期', '2021-03-31', '牵头'],
      ['区应急局', '已逾期', '2020-06-30', '牵头'],
    ]);
    // The sheets other than 进展汇总 and 到期提醒 are carried over part for part.
    const [before, after] = await Promise.all([JSZip.loadAsync(combined.bytes), JSZip.loadAsync(bytes)]);
    const [pathsBefore, pathsAfter] = await Promise.all([sheetPaths(before), sheetPaths(after)]);
    expect([...pathsAfter.keys()].sort()).toEqual([...pathsBefore.keys()].sort());
    for (const [name, path] of pathsBefore) {
      if (name === '进展汇总' || name === '到期提醒') continue;
      expect([name, await after.file(pathsAfter.get(name) ?? '')?.async('string')]).toEqual([name, await before.file(path)?.async('string')]);
    }

    await page.getByRole('status').filter({ hasText: '已更新到期提醒' }).waitFor({ state: 'visible' });
    const status = await page.getByRole('status').filter({ hasText: '已更新到期提醒' }).innerText();
    expect(status).toMatch(/已逾期未完成 3 项，15 天内到期 0 项，涉及 3 个单位。/);
    expect(status).toContain(`「${download.suggestedFilename()}」已交给浏览器下载`);
    const table = page.getByRole('table', { name: '各单位逾期与即将到期的任务数' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows).toEqual([
      ['区公安分局', '1', '0'],
      ['区民政局', '1', '0'],
      ['区应急局', '1', '0'],
    ]);
    expect(await accessibilityFailures(page)).toEqual([]);
    await page.screenshot({ path: join(TEST_OUTPUT, 'offline-due-320.png'), fullPage: true, animations: 'disabled' });
  }, 120_000);

  it('sent no request to the network and raised no page error', () => {
    expect(requests.some((url) => url.startsWith('file:'))).toBe(true);
    expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(browser.abortedUrls).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
