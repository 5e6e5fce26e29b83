// The preview, 问题, 名录 and 分发 as a clerk meets them with three files, at the pane's 320 px:
// outside Excel (the page alone) and inside a fake Excel. The preview shows each document in one line
// and opens only the table that needs a look, with its first rows; every problem names its document,
// table and 序号; the type filter opens its group and the unit filter is searched; a merge keeps the
// name the clerk chose and is undone; 分发 sorts and searches; the unit counts agree.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SEED_000, SEED_004, TEST_OUTPUT, onFakeExcel, openPaneBrowser, type PaneBrowser } from './harness';

const SEED_001 = join(REPO_ROOT, 'seeds', '001_1088d2aaa7c2a7e4.txt');
const THREE = [SEED_000, SEED_001, SEED_004];
const BISHAN_TABLE = '全区安全生产治本攻坚三年行动重点任务清单';

/** A full-page screenshot at 320 px into test-output/. */
async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: join(TEST_OUTPUT, `review-${name}-320.png`), fullPage: true, animations: 'disabled' });
}

/** The page is no wider than the pane: nothing to scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The open panel is no wider than the pane (the English header's own width is the English UI's concern, not the panels'). */
async function panelFits(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('[role=tabpanel] *')].every((element) => element.getBoundingClientRect().right <= window.innerWidth));
}

/** The number in 「共 N 个问题，待处理 M 个」. */
async function problemCounts(page: Page): Promise<{ all: number; pending: number }> {
  const said = await page.getByText(/^共 \d+ 个问题，待处理 \d+ 个$/).innerText();
  const [, all, pending] = /^共 (\d+) 个问题，待处理 (\d+) 个$/.exec(said) ?? [];
  return { all: Number(all), pending: Number(pending) };
}

describe('the pane’s review panels with three files, at 320 px', () => {
  let browser: PaneBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await openPaneBrowser();
    page = await browser.openPage({ width: 320 });
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles(THREE);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows one line per document and opens only the table that needs a look, with its first rows and its warning named by its title', async () => {
    // Each document in one line: its tables, tasks and units (once the analysis is in).
    await page.getByText(/^000_bfdfd6760bd5685d\.txt · 4 张表 · \d+ 项任务 · \d+ 个单位$/).waitFor({ state: 'visible' });
    await page.getByText(/^001_1088d2aaa7c2a7e4\.txt · 6 张表 · \d+ 项任务 · \d+ 个单位$/).waitFor({ state: 'visible' });
    // 004's one table is read with 「重点任务」 over two columns: open, with its first three rows and no line of the .txt.
    const open = page.getByRole('table', { name: `「${BISHAN_TABLE}」的前 3 行` });
    await open.waitFor({ state: 'visible' });
    expect(await open.getByRole('row').count()).toBe(4);
    expect(await open.getByRole('cell').first().innerText()).toBe('一、开展重大安全风险源头管控行动');
    await page.getByText(`「${BISHAN_TABLE}」的表头比数据行少一列`).waitFor({ state: 'visible' });
    expect(await page.getByText(/第 89 行/).count()).toBe(0);
    // The ten tables whose labels say their roles are folded: five role dropdowns, not some fifty.
    expect(await page.getByRole('table').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: /列是$/ }).count()).toBe(5);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'preview');
    await page.getByRole('article', { name: '璧山区安全生产治本攻坚三年行动实施方案' }).screenshot({ path: join(TEST_OUTPUT, 'review-preview-part-320.png'), animations: 'disabled' });
  });

  it('opens a folded table on a click, with its rows and every column’s role still correctable', async () => {
    const header = page.getByRole('button', { name: /^三、重点措施 · 57 行/ });
    await header.click();
    const rows = page.getByRole('table', { name: '「三、重点措施」的前 3 行' });
    await rows.waitFor({ state: 'visible' });
    expect(await rows.getByRole('cell').nth(1).innerText()).toBe('强化党政领导干部责任');
    // A cell too long for 320 px is cut on screen but whole in the page and on hover.
    const long = rows.getByRole('cell').nth(2);
    expect(await long.getAttribute('title')).toBe('制定党政领导干部安全生产、防灾减灾救灾工作职责清单和年度重点任务清单，落实半年述职报告制度。');
    expect(await long.evaluate((cell) => cell.scrollWidth > cell.clientWidth)).toBe(true);
    expect(await page.getByRole('combobox', { name: /列是$/ }).count()).toBe(10);
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'preview-opened');
    await header.click();
  });

  it('lists each problem with its document, table and 序号; the type filter opens its group and the unit filter is searched', async () => {
    await page.getByRole('tab', { name: /问题/ }).click();
    const { all, pending } = await problemCounts(page);
    expect(pending).toBe(all);
    // The worst group is open, and its rows say where each problem is.
    const places = await page.getByRole('tabpanel').getByRole('listitem').evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? ''));
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^《.+》「.+」(序号 \S+|「.+」|第 \d+ 行)/);
    await shot(page, 'problems');

    await page.getByRole('combobox', { name: '问题类型' }).click();
    await page.getByRole('option', { name: '表述笼统（有关部门）' }).click();
    await page.getByRole('button', { name: /· 表述笼统（有关部门）（\d+）$/, expanded: true }).waitFor({ state: 'visible' });
    const vague = await problemCounts(page);
    expect(vague.all).toBeLessThan(all);
    expect(await page.getByRole('button', { name: /（\d+）$/ }).count()).toBe(1);

    // Back to every type: then the unit filter, 42-odd units, narrowed to the names holding what was typed.
    await page.getByRole('combobox', { name: '问题类型' }).click();
    await page.getByRole('option', { name: '全部' }).click();
    expect((await problemCounts(page)).all).toBe(all);
    const unit = page.getByRole('combobox', { name: '单位' });
    await unit.click();
    await unit.fill('应急');
    const options = await page.getByRole('option').allInnerTexts();
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) expect(option).toContain('应急');
    await page.getByRole('option', { name: options[0]! }).click();
    const narrowed = await problemCounts(page);
    expect(narrowed.all).toBeGreaterThan(0);
    expect(narrowed.all).toBeLessThan(all);
    await shot(page, 'problems-filtered');
    await unit.click();
    await unit.fill('');
    await page.getByRole('option', { name: '全部' }).click();
    expect((await problemCounts(page)).all).toBe(all);
  });

  it('merges a pair keeping the name the clerk chose, lists the decision, and 撤销 takes it back', async () => {
    await page.getByRole('tab', { name: /问题/ }).click();
    const before = await problemCounts(page);
    await page.getByRole('tab', { name: '名录' }).click();
    await page.getByText(/^可能是同一单位（\d+）$/).waitFor({ state: 'visible' });
    const pairs = Number(/（(\d+)）/.exec(await page.getByText(/^可能是同一单位（\d+）$/).innerText())?.[1]);
    expect(pairs).toBeGreaterThan(0);
    // The 统称 are explained once, with an example.
    await page.getByText(/统称是代表一批单位的写法，如「各镇街」「安委会各成员单位」/).waitFor({ state: 'visible' });
    // Keep the longer name of the first pair: the choice is said before the merge.
    const radios = page.getByRole('radiogroup', { name: '合并后保留的名称' }).first().getByRole('radio');
    const second = (await radios.nth(1).getAttribute('value')) ?? '';
    const first = (await radios.nth(0).getAttribute('value')) ?? '';
    await radios.nth(1).check();
    await page.getByText(`合并后「${first}」记作「${second}」的另一种写法。`).waitFor({ state: 'visible' });
    await shot(page, 'directory');
    await page.getByRole('button', { name: `合并，保留「${second}」，「${first}」作为其另一种写法` }).click();
    await page.getByText(`合并：「${first}」并入「${second}」`).waitFor({ state: 'visible' });
    await page.getByText(`可能是同一单位（${pairs - 1}）`).waitFor({ state: 'visible' });
    await shot(page, 'directory-merged');
    // 分发 now lists the kept name, not the merged one.
    await page.getByRole('tab', { name: '督办' }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^${second} 牵头`) }).waitFor({ state: 'visible' });
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${first} 牵头`) }).count()).toBe(0);

    await page.getByRole('tab', { name: '名录' }).click();
    await page.getByRole('button', { name: `撤销（合并：「${first}」并入「${second}」）` }).click();
    await page.getByText(`可能是同一单位（${pairs}）`).waitFor({ state: 'visible' });
    expect(await page.getByText(/^已做的决定/).count()).toBe(0);
    await page.getByRole('tab', { name: /问题/ }).click();
    expect(await problemCounts(page)).toEqual(before);
    expect(await fitsWidth(page)).toBe(true);
  });

  it('sets a 统称’s members, which 分发 then lists; 撤销 empties the box again', async () => {
    await page.getByRole('tab', { name: '名录' }).click();
    const box = page.getByRole('textbox', { name: '各镇街', exact: true });
    expect(await box.inputValue()).toBe('');
    await box.fill('甲镇、乙街道');
    await box.blur();
    await page.getByText('「各镇街」的成员：2 个').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: '督办' }).click();
    await page.getByRole('checkbox', { name: /^甲镇 / }).waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: '名录' }).click();
    await page.getByRole('button', { name: '撤销（「各镇街」的成员：2 个）' }).click();
    await page.getByText(/^已做的决定/).waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: '各镇街', exact: true }).inputValue()).toBe('');
    await page.getByRole('tab', { name: '督办' }).click();
    expect(await page.getByRole('checkbox', { name: /^甲镇 / }).count()).toBe(0);
  });

  it('sorts 分发 by name or by tasks and finds a unit, counting units as the downloaded outcome does', async () => {
    await page.getByRole('tab', { name: '督办' }).click();
    const hint = await page.getByText(/^\d+ 个单位：至少牵头或配合一项任务的具体单位/).innerText();
    const units = Number(/^(\d+)/.exec(hint)?.[1]);
    await page.getByRole('checkbox', { name: `全选（已选 ${units}/${units}）` }).waitFor({ state: 'visible' });
    const list = page.getByRole('list', { name: '分发' });
    const counted = async () =>
      (await list.getByRole('checkbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''))).map((label) => {
        const [, lead, support] = /牵头 (\d+) · 配合 (\d+)$/.exec(label) ?? [];
        return { unit: label.split(' ')[0] ?? '', tasks: Number(lead) + Number(support) };
      });
    const byName = await counted();
    expect(byName).toHaveLength(units);
    expect(byName.map((u) => u.unit)).toEqual([...byName.map((u) => u.unit)].sort(new Intl.Collator('zh-CN').compare));
    await page.getByRole('radio', { name: '按任务数' }).check();
    const byCount = (await counted()).map((u) => u.tasks);
    expect(byCount).toEqual([...byCount].sort((a, b) => b - a));
    await page.getByRole('searchbox').fill('应急');
    const found = await counted();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(units);
    for (const { unit } of found) expect(unit).toContain('应急');
    await page.getByText(`显示 ${found.length}/${units} 个单位`).waitFor({ state: 'visible' });
    expect(await fitsWidth(page)).toBe(true);
    await shot(page, 'distribute');
    await page.getByRole('searchbox').fill('');

    // The workbook's outcome counts the same units as 分发.
    await page.getByRole('tab', { name: '导入' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByText(new RegExp(`涉及 ${units} 个单位（另有统称 \\d+ 个、泛指 \\d+ 个）`)).waitFor({ state: 'visible' });
    expect(browser.pageErrors).toEqual([]);
  });

  describe('inside a fake Excel', () => {
    let excelPage: Page;

    beforeAll(async () => {
      excelPage = await browser.openPage({ fakeExcel: true, width: 320 });
      await excelPage.locator('input[aria-label="导入附件表格"]').setInputFiles(THREE);
      await excelPage.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    }, 120_000);

    it('生成 says as many units as 分发 lists; 已确认 shows its state and the 待处理 count goes down', async () => {
      await excelPage.getByRole('table', { name: `「${BISHAN_TABLE}」的前 3 行` }).waitFor({ state: 'visible' });
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      const said = await excelPage.getByText(/涉及 \d+ 个单位/).innerText();
      const units = Number(/涉及 (\d+) 个单位/.exec(said)?.[1]);
      // The reader's warning is named by its table in the outcome too, not by a line of the .txt.
      expect(await excelPage.getByText(/第 89 行/).count()).toBe(0);
      await excelPage.getByRole('button', { name: '详细信息' }).click();
      await excelPage.getByText(`《璧山区安全生产治本攻坚三年行动实施方案》「${BISHAN_TABLE}」的表头比数据行少一列`).waitFor({ state: 'visible' });
      await excelPage.getByRole('button', { name: '详细信息' }).click();
      await excelPage.getByRole('tab', { name: '督办' }).click();
      await excelPage.getByRole('checkbox', { name: `全选（已选 ${units}/${units}）` }).waitFor({ state: 'visible' });

      await excelPage.getByRole('tab', { name: /问题/ }).click();
      const before = await problemCounts(excelPage);
      const row = excelPage.getByRole('tabpanel').getByRole('listitem').first();
      expect(await row.locator('.fui-Badge').innerText()).toBe('待处理');
      await row.getByRole('button', { name: '已确认' }).click();
      await excelPage.waitForFunction(() => document.querySelector('[role=tabpanel] li .fui-Badge')?.textContent === '已确认');
      expect(await problemCounts(excelPage)).toEqual({ all: before.all, pending: before.pending - 1 });
      await excelPage.waitForFunction(() => {
        const sheet = (window as unknown as { fakeExcel: { sheet(name: string): { grid(r: number, c: number): unknown[][] } } }).fakeExcel.sheet('审核问题');
        return sheet.grid(400, 10).some((r) => r[8] === '已确认');
      });
      expect(await onFakeExcel(excelPage, (excel) => excel.sheets.map((s) => s.name))).toContain('审核问题');
      await shot(excelPage, 'excel-problems');
      expect(await fitsWidth(excelPage)).toBe(true);
      expect(browser.pageErrors).toEqual([]);
    });
  });

  describe('in English', () => {
    let en: Page;

    beforeAll(async () => {
      // The same page, with the browser's language English (outside Excel the pane follows it).
      en = await browser.context.newPage();
      en.on('pageerror', (error) => browser.pageErrors.push(error.message));
      await en.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'en-US' }));
      await en.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      await en.setViewportSize({ width: 320, height: 900 });
      await en.goto(page.url());
      await en.locator('input[aria-label="Import appendix tables"]').setInputFiles(THREE);
      await en.getByRole('heading', { name: 'Preview' }).waitFor({ state: 'visible' });
    }, 120_000);

    it('shows the preview, problems, directory and send list in English, each fitting 320 px', async () => {
      await en.getByText(/^000_bfdfd6760bd5685d\.txt · 4 tables · \d+ tasks · \d+ units$/).waitFor({ state: 'visible' });
      await en.getByRole('table', { name: `First 3 rows of “${BISHAN_TABLE}”` }).waitFor({ state: 'visible' });
      await shot(en, 'en-preview');
      expect(await panelFits(en)).toBe(true);
      await en.getByRole('tab', { name: /Problems/ }).click();
      await en.getByText(/^\d+ problems, \d+ pending$/).waitFor({ state: 'visible' });
      // A row names its place in English words around the document's own.
      expect(await en.getByRole('tabpanel').getByText(/ · No\. \d+ “/).count()).toBeGreaterThan(0);
      expect(await panelFits(en)).toBe(true);
      await shot(en, 'en-problems');
      await en.getByRole('tab', { name: 'Units' }).click();
      await en.getByText(/^A collective name stands for several units/).waitFor({ state: 'visible' });
      expect(await panelFits(en)).toBe(true);
      await shot(en, 'en-directory');
      await en.getByRole('tab', { name: 'Follow-up' }).click();
      await en.getByText(/^\d+ units: each leads or supports at least one task/).waitFor({ state: 'visible' });
      await en.getByRole('radio', { name: 'By tasks' }).check();
      expect(await panelFits(en)).toBe(true);
      await shot(en, 'en-distribute');
      expect(browser.pageErrors).toEqual([]);
    });
  });
});
