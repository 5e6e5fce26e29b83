// The pane at 480 px, the width a clerk gets by dragging the task pane wider: the same walk as at
// 320 px (first open, a three-file preview with the result in the footer, 问题, 名录, 督办), in the
// fake Excel in Chinese and outside Excel in English. At either width nothing may need horizontal
// scrolling, the tab bar stays on one line and the result shows where the clerk is.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SEED_000, SEED_004, TEST_OUTPUT, inViewport, openPaneBrowser, type PaneBrowser } from './harness';

const WIDTH = 480;
const SEED_001 = join(REPO_ROOT, 'seeds', '001_1088d2aaa7c2a7e4.txt');

/** How far the page is wider than its window (0 when nothing needs horizontal scrolling). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The distinct rows the tab bar's tabs sit on. */
async function tabRows(page: Page): Promise<number> {
  const tops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
  return new Set(tops).size;
}

describe('the pane at 480 px', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    browser = await openPaneBrowser();
  }, 600_000); // the e2e build it waits for takes minutes on a loaded machine

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens each tab, checks its width and saves its screenshot as wide-<prefix>-<tab>-480.png. */
  async function everyTab(page: Page, prefix: string, tabs: Record<string, RegExp>): Promise<Record<string, number>> {
    const overflows: Record<string, number> = {};
    for (const [name, shown] of Object.entries(tabs)) {
      await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
      await page.getByRole('tabpanel').getByText(shown).first().waitFor({ state: 'visible' });
      overflows[name] = await overflow(page);
      await page.screenshot({ path: join(TEST_OUTPUT, `wide-${prefix}-${name}-${WIDTH}.png`), fullPage: true, animations: 'disabled' });
    }
    return overflows;
  }

  it('in the fake Excel, in Chinese: three files, 生成汇总工作表 with its result in view, and every tab without horizontal scrolling', async () => {
    const page = await browser.openPage({ fakeExcel: true, width: WIDTH });
    await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    expect(await tabRows(page)).toBe(1);
    await page.screenshot({ path: join(TEST_OUTPUT, `wide-first-open-${WIDTH}.png`), animations: 'disabled' });
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles([SEED_000, SEED_001, SEED_004]);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: '生成汇总工作表' }).click();
    await page.locator('[data-outcome="ok"]').waitFor({ state: 'visible' });
    expect(await inViewport(page, page.locator('[data-outcome]'))).toBe(true);
    await page.screenshot({ path: join(TEST_OUTPUT, `wide-generated-${WIDTH}.png`), animations: 'disabled' });
    const overflows = await everyTab(page, 'zh', { 导入: /^预览$/, 问题: /个问题/, 名录: /可能是同一单位/, 督办: /^分发$/ });
    expect(overflows).toEqual({ 导入: 0, 问题: 0, 名录: 0, 督办: 0 });
    await page.close();
  }, 180_000);

  it('outside Excel, in English: the preview and every tab without horizontal scrolling, the tab bar on one line', async () => {
    const page = await browser.openPage({ width: WIDTH, language: 'en-US' });
    await page.getByRole('button', { name: 'Import appendix tables' }).waitFor({ state: 'visible' });
    expect(await tabRows(page)).toBe(1);
    await page.locator('input[aria-label="Import appendix tables"]').setInputFiles([SEED_000, SEED_004]);
    await page.getByRole('heading', { name: 'Preview' }).waitFor({ state: 'visible' });
    const overflows = await everyTab(page, 'en', { Import: /^Preview$/, Issues: /issues/, Units: /May be one bureau/, 'Follow-up': /^Send$/ });
    expect(overflows).toEqual({ Import: 0, Issues: 0, Units: 0, 'Follow-up': 0 });
    await page.close();
  }, 180_000);
});
