// axe-core on every panel of the pane as served: inside the fake Excel (before and after 生成, in
// Chinese and in English) and outside Excel; the English pane's tab bar on one line at 320 px. The
// single offline file has its own walk (offline.test.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityFailures } from './axe';
import { SEED_000, SEED_004, TEST_OUTPUT, openPaneBrowser, type PaneBrowser } from './harness';

interface Tabs {
  /** Each tab's name, and text its panel shows once loaded. */
  [name: string]: RegExp;
}

const ZH_TABS: Tabs = { 导入: /^导入附件表格$/, 问题: /个问题|还没有问题/, 名录: /可能是同一单位|先在「导入」中读取文件/, 督办: /^分发$/ };
const EN_TABS: Tabs = { Import: /^Import appendix tables$/, Issues: /issues|No issues yet/, Units: /May be one bureau|Read files in Import first/, 'Follow-up': /^Send$/ };

/** Opens each tab in turn and runs axe on its panel: the failures, each prefixed with its tab. */
async function failuresOnEveryTab(page: Page, tabs: Tabs, shots?: string): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, shown] of Object.entries(tabs)) {
    await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
    await page.getByRole('tabpanel').getByText(shown).first().waitFor({ state: 'visible' });
    failures.push(...(await accessibilityFailures(page)).map((failure) => `${name}: ${failure}`));
    if (shots) await page.screenshot({ path: join(TEST_OUTPUT, `${shots}-${name}-320.png`), fullPage: true, animations: 'disabled' });
  }
  return failures;
}

describe('the pane’s panels under axe-core', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    browser = await openPaneBrowser();
    // The e2e build (pane, fake Office, offline file) may still be running when a suite is run alone.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('outside Excel, every panel before and after an import', async () => {
    const page = await browser.openPage({ width: 320 });
    await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    expect(await failuresOnEveryTab(page, ZH_TABS)).toEqual([]);
    await page.getByRole('tab', { name: '导入' }).click();
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles([SEED_000, SEED_004]);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    expect(await failuresOnEveryTab(page, ZH_TABS)).toEqual([]);
    await page.close();
  }, 120_000);

  it('inside the fake Excel, every panel with two documents imported and after 生成', async () => {
    const page = await browser.openPage({ fakeExcel: true, width: 320 });
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles([SEED_000, SEED_004]);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    expect(await failuresOnEveryTab(page, ZH_TABS)).toEqual([]);
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('button', { name: '生成汇总工作表' }).click();
    await page.getByRole('status').filter({ hasText: '已生成汇总工作表' }).waitFor({ state: 'visible' });
    expect(await accessibilityFailures(page)).toEqual([]);
    expect(await failuresOnEveryTab(page, ZH_TABS, 'taskpane-axe-zh')).toEqual([]);
    // Every 定位 button's name begins with what it shows (WCAG 2.5.3, label in name).
    await page.getByRole('tab', { name: /^问题/ }).click();
    expect(await page.getByRole('button', { name: /^定位：在工作表中选中「/ }).count()).toBeGreaterThan(0);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it('inside the fake Excel in English: lang is en, the tab bar fits one line at 320 px, and every panel passes after Generate', async () => {
    const page = await browser.openPage({ fakeExcel: true, width: 320, language: 'en-US' });
    await page.getByRole('button', { name: 'Import appendix tables' }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('input[aria-label="Import appendix tables"]').setInputFiles(SEED_000);
    await page.getByRole('heading', { name: 'Preview' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Generate the summary sheets' }).click();
    await page.getByRole('status').filter({ hasText: 'Done' }).waitFor({ state: 'visible' });
    const tabs = page.getByRole('tab');
    const tops = await tabs.evaluateAll((all) => new Set(all.map((tab) => Math.round(tab.getBoundingClientRect().top))).size);
    const widest = await tabs.evaluateAll((all) => Math.max(...all.map((tab) => tab.getBoundingClientRect().right)));
    expect(tops).toBe(1);
    expect(widest).toBeLessThanOrEqual(320);
    expect(await failuresOnEveryTab(page, EN_TABS, 'taskpane-axe-en')).toEqual([]);
    // Still one line with the widest label, Follow-up, selected (bold).
    expect(await tabs.evaluateAll((all) => new Set(all.map((tab) => Math.round(tab.getBoundingClientRect().top))).size)).toBe(1);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
