// The add-in's own sheets as a clerk meets them in the pane (issue 17 F, G), inside the fake Excel:
// 定位 and the statuses wait for 生成, with the reason; a status Excel could not write does not show
// as set; a 生成 that would remove the last document's sheet asks first; and an Excel failure is told
// in Chinese with Excel's own text folded under 「详细信息」.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SEED_000, SEED_004, onFakeExcel, openPaneBrowser, type FakeWindow, type PaneBrowser } from './harness';

describe('the add-in’s sheets in the pane, inside a fake Excel', () => {
  let browser: PaneBrowser;
  let page: Page;
  const fake = <T,>(read: (excel: FakeWindow['fakeExcel']) => T) => onFakeExcel(page, read);
  const sheetNames = () => fake((excel) => excel.sheets.map((s) => s.name));
  const importInput = () => page.locator('input[aria-label="导入附件表格"]');
  const shot = (name: string) => page.screenshot({ path: join(REPO_ROOT, 'test-output', `taskpane-${name}-320.png`), fullPage: true, animations: 'disabled' });

  beforeAll(async () => {
    browser = await openPaneBrowser();
    page = await browser.openPage({ fakeExcel: true, width: 320 });
    await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('before 生成, 定位 and 已确认 are off with the reason, and nothing is written', async () => {
    await importInput().setInputFiles([SEED_004]);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: /问题/ }).click();
    await page.getByText('「定位」和处理状态要在「生成汇总工作表」（或「分析当前表格」）之后才能使用：这些问题还没有写入工作簿。').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: /^定位：在工作表中选中/ }).first().isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '已确认' }).first().isDisabled()).toBe(true);
    await shot('problems-before-generate');
    expect(await sheetNames()).toEqual(['Sheet1']);
    expect(await page.getByText(/出现意外错误/).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('after 生成 they work; a status Excel could not write leaves the button as it was and says why', async () => {
    await page.getByRole('tab', { name: '导入' }).click();
    await page.getByRole('button', { name: '生成汇总工作表' }).click();
    await page.getByText('已生成汇总工作表', { exact: true }).waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: /问题/ }).click();
    expect(await page.getByText(/之后才能使用/).count()).toBe(0);
    const locate = page.getByRole('button', { name: /^定位：在工作表中选中/ }).first();
    expect(await locate.isEnabled()).toBe(true);
    await locate.click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).fakeExcel.selection !== undefined);

    // The clerk deletes 审核问题: the status has nowhere to go.
    await fake((excel) => {
      excel.sheets = excel.sheets.filter((s) => s.name !== '审核问题');
    });
    const confirm = page.getByRole('button', { name: '已确认' }).first();
    await confirm.click();
    await page.getByText('处理状态未写入').waitFor({ state: 'visible' });
    expect(await confirm.getAttribute('aria-pressed')).toBe('false');
    expect(browser.pageErrors).toEqual([]);
  });

  it('生成 of another document asks before removing the last one’s import sheet; 另外添加 keeps every sheet', async () => {
    await page.getByRole('tab', { name: '导入' }).click();
    await importInput().setInputFiles([SEED_000]);
    await page.getByRole('heading', { name: '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点' }).waitFor({ state: 'visible' });
    const before = await sheetNames();
    await page.getByRole('button', { name: '生成汇总工作表' }).click();
    await page.getByText('生成前请确认').waitFor({ state: 'visible' });
    expect(await page.getByRole('status').innerText()).toContain('「璧山区安全生产治本攻坚三年行动实施方案」');
    expect(await sheetNames()).toEqual(before);
    await page.getByRole('group', { name: '如何处理上次生成的工作表' }).waitFor({ state: 'visible' });
    await shot('ask-old-sheets');
    await page.getByRole('group', { name: '如何处理上次生成的工作表' }).getByRole('button', { name: '另外添加' }).click();
    await page.getByText('已生成汇总工作表', { exact: true }).waitFor({ state: 'visible' });
    const after = await sheetNames();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toContain('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点');
    expect(await page.getByRole('group', { name: '如何处理上次生成的工作表' }).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('an Excel failure is told in Chinese with what to do, and Excel’s text only under 「详细信息」', async () => {
    await fake((excel) => {
      excel.requestLimitBytes = 20_000;
    });
    await page.getByRole('button', { name: '生成汇总工作表' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('一次写入的数据超过了 Excel 的上限（网页版约 5 MB）。请把文件分成几份分别生成，或改用桌面版 Excel。').waitFor({ state: 'visible' });
    const raw = alert.getByText(/^RequestPayloadSizeLimitExceeded: /);
    expect(await raw.isVisible()).toBe(false);
    await shot('excel-error');
    await alert.getByText('详细信息').click();
    expect(await raw.isVisible()).toBe(true);
    await shot('excel-error-details');
    await fake((excel) => {
      excel.requestLimitBytes = 5 * 1024 * 1024;
    });
    expect(browser.pageErrors).toEqual([]);
  });
});
