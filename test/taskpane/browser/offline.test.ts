// The single offline file (dist/分工表助手.html) as a clerk without Excel uses it: opened from file://
// in Chromium with every network request refused, it imports a seed, shows the preview and the
// problems, downloads the workbook and the bureaus' .zip, and collects a filled-in return with what is
// due; in Chinese and in English, at the pane's 320 px, with axe-core run on every panel.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { analyse } from '../../../src/core/analyse';
import { readDocument } from '../../../src/core/read';
import { loadWorkbook, sheetText } from '../../../src/xlsx/read-workbook';
import { renderAnalysis, type RenderedFile } from '../../../src/xlsx/render-analysis';
import { fillReturn } from '../../fixtures/fill-return';
import { accessibilityFailures } from './axe';
import { SEED_000, TEST_OUTPUT, XLSX, offlinePage, openPaneBrowser, type PaneBrowser } from './harness';

/** Seed 000's bureau workbooks as the CLI's --per-unit writes them. */
async function seedBureaus(): Promise<RenderedFile[]> {
  const read = await readDocument(basename(SEED_000), readFileSync(SEED_000));
  if (!read.ok) throw new Error(read.error.message);
  return (await renderAnalysis(analyse([read.value]), { perUnit: true })).bureaus;
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: join(TEST_OUTPUT, `offline-${name}-320.png`), fullPage: true, animations: 'disabled' });

/** Whether the tab bar lies on one line within the pane's width (no wrap, nothing cut off). */
function tabBarOnOneLine(page: Page): Promise<{ rows: number; overflow: number }> {
  return page.getByRole('tablist').evaluate((list) => {
    const tops = new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top)));
    const right = Math.max(...[...list.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().right));
    return { rows: tops.size, overflow: Math.max(0, right - document.documentElement.clientWidth, list.scrollWidth - list.clientWidth) };
  });
}

describe('the single offline file from file://, with every network request refused', () => {
  let browser: PaneBrowser;
  let page: Page;
  /** Every request any page of the browser made, the file itself included. */
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    browser = await openPaneBrowser();
    browser.context.on('request', (request) => requests.push(request.url()));
    page = await browser.openPage({ offline: true, width: 320 });
    // The e2e build (pane, fake Office, offline file) may still be running when a suite is run alone.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is one file that names no script, style or icon to fetch, and never Office.js', () => {
    const html = readFileSync(offlinePage(browser.built), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*\shref="(?!data:)/);
    expect(html).not.toContain('appsforoffice');
    expect(html).toMatch(/<script[^>]*>[\s\S]{100000,}<\/script>/);
  });

  it('opens in Chinese with a one-line note that it runs outside Excel, and no Excel warning', async () => {
    await page.getByRole('heading', { level: 1, name: '分工表助手' }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const note = page.getByText('离线版：在 Excel 之外使用，文件只在本机处理，不联网。');
    await note.waitFor({ state: 'visible' });
    expect((await note.boundingBox())?.height).toBeLessThan(48); // two lines at most at 320 px
    expect(await page.getByText('需要在 Excel 中使用').count()).toBe(0);
    expect(await page.locator('header img').evaluate((img: HTMLImageElement) => [img.src.slice(0, 22), img.naturalWidth])).toEqual(['data:image/png;base64,', 64]);
    expect(await accessibilityFailures(page)).toEqual([]);
    await screenshot(page, 'first');
  });

  it('imports seed 000 into a preview and lists its problems, each panel free of accessibility failures', async () => {
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles(SEED_000);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    await page.getByRole('heading', { name: '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点' }).waitFor({ state: 'visible' });
    expect(await accessibilityFailures(page)).toEqual([]);
    await screenshot(page, 'preview');

    const problemsTab = page.getByRole('tab', { name: /^问题 \d+$/ });
    await problemsTab.waitFor({ state: 'visible' });
    const count = Number((await problemsTab.textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await problemsTab.click();
    await page.getByText(`共 ${count} 个问题`).first().waitFor({ state: 'visible' });
    // Outside Excel there is no cell to go to.
    expect(await page.getByRole('button', { name: /^定位：/ }).first().isDisabled()).toBe(true);
    expect(await accessibilityFailures(page)).toEqual([]);
    await screenshot(page, 'problems');

    await page.getByRole('tab', { name: '名录' }).click();
    await page.getByText('可能是同一单位（1）').waitFor({ state: 'visible' });
    expect(await accessibilityFailures(page)).toEqual([]);
    await screenshot(page, 'directory');
  });

  it('downloads the workbook and the bureaus’ .zip, the same files the CLI writes', async () => {
    await page.getByRole('tab', { name: '导入' }).click();
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    expect(workbook.suggestedFilename()).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点.xlsx');
    await workbook.saveAs(join(browser.workDir, 'downloaded.xlsx'));
    const loaded = await loadWorkbook(readFileSync(join(browser.workDir, 'downloaded.xlsx')));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['审核问题', '单位汇总', '进展汇总']));

    const [bureaus] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载各单位任务清单（.zip）' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync(await bureaus.path()));
    const expected = await seedBureaus();
    expect(Object.keys(zip.files).sort()).toEqual(expected.map((bureau) => bureau.fileName).sort());
    const first = expected[0]!;
    expect(Buffer.from(await zip.file(first.fileName)!.async('uint8array')).equals(Buffer.from(first.bytes))).toBe(true);
    await page.getByRole('status').filter({ hasText: '已下载' }).waitFor({ state: 'visible' });
  }, 120_000);

  it('collects a filled-in return with the downloaded workbook into a new download, and lists what is due per unit', async () => {
    const [first] = await seedBureaus();
    if (!first) throw new Error('seed 000 has no bureau');
    const files = [
      { name: 'downloaded.xlsx', mimeType: XLSX, buffer: readFileSync(join(browser.workDir, 'downloaded.xlsx')) },
      { name: first.fileName, mimeType: XLSX, buffer: Buffer.from(await fillReturn(first.bytes, () => ({ status: '已完成' }), new Date('2025-07-01T00:00:00Z'))) },
    ];
    await page.getByRole('tab', { name: '督办' }).click();
    const [collected] = await Promise.all([page.waitForEvent('download'), page.locator('input[aria-label="回收汇总"]').setInputFiles(files)]);
    expect(collected.suggestedFilename()).toMatch(/^downloaded-回收汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const loaded = await loadWorkbook(readFileSync(await collected.path()));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const rows = sheetText(loaded.value.workbook.getWorksheet('进展汇总')!).cells;
    const header = rows[0] ?? [];
    const statuses = rows.filter((row) => row[header.indexOf('回收文件')] === first.fileName).map((row) => row[header.indexOf('完成状态')]);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['已完成']));
    // 到期提醒 outside Excel: the units with overdue or soon-due tasks, as of today, from the collected ledger.
    await page.getByRole('heading', { name: '到期提醒', exact: true }).waitFor({ state: 'visible' });
    expect(await accessibilityFailures(page)).toEqual([]);
    await screenshot(page, 'loop');
  }, 120_000);

  it('in English: lang is en, no Chinese pane word, and the tab bar fits one line at 320 px, before and after an import', async () => {
    const english = await browser.openPage({ offline: true, width: 320, language: 'en-US' });
    await english.getByRole('heading', { level: 1, name: 'RespMatrix' }).waitFor({ state: 'visible' });
    expect(await english.getAttribute('html', 'lang')).toBe('en');
    expect(await english.locator('body').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await tabBarOnOneLine(english)).toEqual({ rows: 1, overflow: 0 });
    expect(await accessibilityFailures(english)).toEqual([]);
    await screenshot(english, 'en-first');

    await english.locator('input[aria-label="Import appendix tables"]').setInputFiles(SEED_000);
    await english.getByRole('heading', { name: 'Preview' }).waitFor({ state: 'visible' });
    await english.getByRole('tab', { name: /^Issues \d+$/ }).waitFor({ state: 'visible' });
    expect(await tabBarOnOneLine(english)).toEqual({ rows: 1, overflow: 0 });
    expect(await accessibilityFailures(english)).toEqual([]);
    await screenshot(english, 'en-preview');
    await english.getByRole('tab', { name: /^Issues/ }).click();
    await english.getByText(/^\d+ issues, \d+ pending$/).first().waitFor({ state: 'visible' });
    // Issue types are named in English; the cell's own text stays as the document has it.
    expect(await english.getByRole('heading', { level: 2 }).first().innerText()).toMatch(/^[A-Za-z]+ · [^\u4e00-\u9fff]+$/);
    expect(await accessibilityFailures(english)).toEqual([]);
    await screenshot(english, 'en-problems');
    await english.close();
  }, 120_000);

  it('sent no request to the network and raised no page error', () => {
    const outside = requests.filter((url) => !/^(file|data|blob):/.test(url));
    expect(requests.some((url) => url.startsWith('file:'))).toBe(true);
    expect(outside).toEqual([]);
    expect(browser.abortedUrls).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
