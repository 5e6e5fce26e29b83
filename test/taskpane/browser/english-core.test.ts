// The English pane says the core's messages in English: the reader's warnings in the preview, the
// files it refuses, and every row of the 问题 panel. What stays Chinese is the document's own words,
// in quotes (“…”), and the names of the files and tables the clerk gave.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SEED_000, SEED_004, TEST_OUTPUT, openPaneBrowser, type PaneBrowser } from './harness';

const SEED_001 = join(REPO_ROOT, 'seeds', '001_1088d2aaa7c2a7e4.txt');
const SEED_002 = join(REPO_ROOT, 'seeds', '002_f8ab61b7d9ee5968.txt');
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** What is left of a text once the document's words are taken out: quoted spans and the names given. */
function outsideQuotes(text: string, names: string[] = []): string {
  return names.reduce((rest, name) => rest.replaceAll(name, ''), text.replace(/“[^”]*”/g, ''));
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

describe('the English pane says the core’s messages in English, at 320 px', () => {
  let browser: PaneBrowser;
  let page: Page;
  let pdf: string;

  beforeAll(async () => {
    browser = await openPaneBrowser();
    page = await browser.openPage({ width: 320, language: 'en-US' });
    // A PDF the reader refuses, beside the seeds: two with tables and warnings, one with none.
    pdf = join(browser.workDir, 'plan.pdf');
    writeFileSync(pdf, '%PDF-1.4\n%…\n');
    await page.locator('input[aria-label="Import appendix tables"]').setInputFiles([SEED_000, SEED_001, SEED_002, SEED_004, pdf]);
    await page.getByRole('heading', { name: 'Preview' }).waitFor({ state: 'visible' });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('names the refused files and the preview’s warnings in English, the table titles quoted', async () => {
    const outcome = page.locator('[data-outcome]').first();
    await outcome.waitFor({ state: 'visible' });
    const refused = await outcome.innerText();
    expect(refused).toContain('plan.pdf: This is a PDF file, whose tables cannot be read reliably');
    expect(refused).toContain('002_f8ab61b7d9ee5968.txt: No task was read');
    const warnings = await texts(page, '[data-warning]');
    expect(warnings).toContain(
      '“全区安全生产治本攻坚三年行动重点任务清单”: the header has one column fewer than the data rows, so “重点任务” was read across two columns (the first as the task name, the second as its content). Please check.',
    );
    const chinese = [refused, ...warnings].map((text) => outsideQuotes(text)).filter((text) => CJK.test(text));
    expect(chinese).toEqual([]);
    await outcome.screenshot({ path: join(TEST_OUTPUT, 'english-core-refused-320.png'), animations: 'disabled' });
    await page.getByRole('article', { name: '璧山区安全生产治本攻坚三年行动实施方案' }).screenshot({ path: join(TEST_OUTPUT, 'english-core-preview-320.png'), animations: 'disabled' });
  });

  it('writes every row of the 问题 panel in English, the units and cell text quoted', async () => {
    await page.getByRole('tab', { name: /Issues/ }).click();
    await page.getByText(/^\d+ issues, \d+ pending$/).waitFor({ state: 'visible' });
    // Every type's group open, so that every row is on the page.
    const folded = page.getByRole('tabpanel').locator('h2 button[aria-expanded=false]');
    while ((await folded.count()) > 0) await folded.first().click();
    const messages = await texts(page, '[data-flag-message]');
    expect(messages.length).toBe(Number((await page.getByText(/^\d+ issues, \d+ pending$/).innerText()).split(' ')[0]));
    expect(messages).toContain('“县水利局” appears 2 times in the same cell.');
    const buttons = await texts(page, '[role=tabpanel] li [role=group]');
    const chinese = [...messages, ...buttons].map((text) => outsideQuotes(text)).filter((text) => CJK.test(text));
    expect(chinese).toEqual([]);
    // The panel's top: the first groups, opened (the whole list is some 28,000 px).
    await page.screenshot({ path: join(TEST_OUTPUT, 'english-core-problems-320.png'), clip: { x: 0, y: 0, width: 320, height: 1600 }, fullPage: true, animations: 'disabled' });
    expect(browser.pageErrors).toEqual([]);
  });

  it('says in English why the 名录 asks about a pair of names', async () => {
    await page.getByRole('tab', { name: 'Units' }).click();
    await page.getByText('“高新区公安分局交巡警支队” is “高新区公安分局” followed by “交巡警支队”: the same unit, or a body under it? Please decide.').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(TEST_OUTPUT, 'english-core-directory-320.png'), clip: { x: 0, y: 0, width: 320, height: 1000 }, fullPage: true, animations: 'disabled' });
  });

  it('would catch a Chinese message: the check finds the Chinese a Chinese pane shows', async () => {
    const zh = await browser.openPage({ width: 320 });
    await zh.locator('input[aria-label="导入附件表格"]').setInputFiles([SEED_004]);
    await zh.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    const warnings = await texts(zh, '[data-warning]');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((text) => CJK.test(outsideQuotes(text)))).toBe(true);
    await zh.close();
  });
});
