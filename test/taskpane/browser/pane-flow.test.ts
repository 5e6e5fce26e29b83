// The pane as a clerk walks it at the default 320 px: the main action, its progress and its result
// stay in view however long the preview; an outcome with a failure is never dressed as a success; a
// run that used no file changes nothing; wrong files picked at 导入 are each answered; a long run can
// be cancelled. Inside the fake Excel (harness.ts), and outside Excel for the downloads.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { REPO_ROOT, SEED_000, SEED_004, TEST_OUTPUT, XLSX, inViewport, onFakeExcel, openPaneBrowser, type FakeWindow, type PaneBrowser } from './harness';

const SEED_001 = join(REPO_ROOT, 'seeds', '001_1088d2aaa7c2a7e4.txt');
const SEED_003 = join(REPO_ROOT, 'seeds', '003_f2673a1d053848d2.txt');
const WIDTH = 320;
const HEIGHT = 760;
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

/** The outcome the footer shows (its MessageBar), with its kind: ok, partial or failed. */
const outcome = (page: Page) => page.locator('[data-outcome]');

async function xlsxBytes(): Promise<Buffer> {
  const book = new Workbook();
  book.addWorksheet('分工').addRows([
    ['序号', '工作任务', '责任单位'],
    ['1', '开展安全检查', '区应急局'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the pane’s flow at 320 px', () => {
  let browser: PaneBrowser;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await openPaneBrowser();
    ({ pageErrors } = browser);
    mkdirSync(TEST_OUTPUT, { recursive: true });
  }, 400_000); // the build it waits for takes minutes on a loaded machine

  afterAll(async () => {
    await browser?.close();
  });

  describe('inside a fake Excel', () => {
    let page: Page;
    const fake = <T,>(read: (excel: FakeWindow['fakeExcel']) => T) => onFakeExcel(page, read);
    const importInput = () => page.locator('input[aria-label="导入附件表格"]');
    const shot = (name: string, fullPage = false) => page.screenshot({ path: join(TEST_OUTPUT, `flow-${name}-${WIDTH}.png`), fullPage, animations: 'disabled' });

    beforeAll(async () => {
      page = await browser.openPage({ fakeExcel: true, width: WIDTH });
      await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    }, 120_000);

    it('opens with one primary first step, 导入附件表格, the others secondary, and a 帮助 that opens inside the pane', async () => {
      await shot('first-open');
      const fill = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
      // The first step is the one brand-filled button; the other actions share the secondary look.
      const [first, selection, inPlace] = await Promise.all([fill('导入附件表格'), fill('从选区导入'), fill('分析当前表格')]);
      expect(first).not.toBe(selection);
      expect(selection).toBe(inPlace);
      await page.getByRole('button', { name: '帮助' }).click();
      const help = page.getByRole('region', { name: '怎么用' });
      await help.waitFor({ state: 'visible' });
      expect(await help.innerText()).toContain('不能用 Excel 的「撤销」恢复');
      await shot('help', true);
      await page.getByRole('button', { name: '关闭帮助' }).click();
      expect(await help.count()).toBe(0);
    });

    it('three files: 生成汇总工作表 stays in the window at the bottom of a long preview, and its result appears there, announced, with the next steps', async () => {
      await importInput().setInputFiles([SEED_000, SEED_001, SEED_004]);
      await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(pageHeight).toBeGreaterThan(2 * HEIGHT);
      // The clerk has read down to the options at the end of the preview.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const generate = page.getByRole('button', { name: '生成汇总工作表' });
      expect(await inViewport(page, generate)).toBe(true);
      await page.getByText('写入后不能用 Excel 的「撤销」恢复，需要时可删除生成的工作表。').waitFor({ state: 'visible' });
      await shot('preview-footer');
      const scrolled = await page.evaluate(() => window.scrollY);

      await generate.click();
      const result = outcome(page);
      await result.waitFor({ state: 'visible' });
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await result.getAttribute('data-outcome')).toBe('ok');
      expect(await inViewport(page, result)).toBe(true);
      // Announced: the result is inside the live region the footer keeps from the start.
      expect(await page.getByRole('status').filter({ has: result }).count()).toBe(1);
      expect(await result.innerText()).toMatch(/^已生成汇总工作表\n3 份文件、\d+ 项任务，涉及 \d+ 个单位（另有统称 \d+ 个、泛指 \d+ 个）；发现 \d+ 个审核问题。\n新增 \d+ 个工作表。/);
      // Short: the sheet names wait behind 「详细信息」.
      const { height } = (await result.boundingBox()) ?? { height: Infinity };
      console.log(`flow: preview page ${pageHeight} px tall at ${WIDTH} px; the result ${Math.round(height)} px`);
      expect(height).toBeLessThan(260);
      expect(await result.innerText()).not.toContain('「审核问题」「单位汇总」');
      await page.getByRole('button', { name: '详细信息' }).click();
      await result.getByText(/^工作表：「.*「审核问题」/).waitFor({ state: 'visible' });
      await shot('generated');
      await page.getByRole('button', { name: '详细信息' }).click();

      await page.getByRole('button', { name: '转到「审核问题」' }).click();
      await page.waitForFunction(() => (window as unknown as FakeWindow).fakeExcel.active === '审核问题');
      await page.getByRole('button', { name: /^查看审核问题（\d+）$/ }).click();
      expect(await page.getByRole('tab', { name: /问题/ }).getAttribute('aria-selected')).toBe('true');
      expect(pageErrors).toEqual([]);
    }, 90_000);

    it('keeps the result on the tab it belongs to, and drops it once a 名录 merge makes it untrue', async () => {
      expect(await outcome(page).count()).toBe(0);
      await page.getByRole('tab', { name: '导入' }).click();
      expect(await outcome(page).count()).toBe(1);
      await page.getByRole('tab', { name: '名录' }).click();
      expect(await outcome(page).count()).toBe(0);
      const merge = page.getByRole('button', { name: /^合并，保留「/ }).first();
      await merge.click();
      await page.getByRole('tab', { name: '导入' }).click();
      await page.getByRole('button', { name: '生成汇总工作表' }).waitFor({ state: 'visible' });
      expect(await outcome(page).count()).toBe(0);
      expect(await page.getByText('已生成汇总工作表', { exact: true }).count()).toBe(0);
    });

    it('a file of two that cannot be read is a warning naming it, never a success', async () => {
      await importInput().setInputFiles([{ name: basename(SEED_000), mimeType: 'text/plain', buffer: readFileSync(SEED_000) }, { name: '方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') }]);
      const result = outcome(page);
      await result.waitFor({ state: 'visible' });
      expect(await result.getAttribute('data-outcome')).toBe('partial');
      expect(await result.innerText()).toContain('已读取 1 份文件，1 份未能读取');
      expect(await result.innerText()).toContain('「方案.pdf」：这是 PDF 文件');
      expect(await inViewport(page, result)).toBe(true);
      await shot('partial');
    });

    it('answers a workbook, a PDF, a .doc and a .wps picked at 导入, each by what it is, and adds no sheet', async () => {
      const before = await fake((excel) => excel.sheets.map((s) => s.name));
      expect(await importInput().getAttribute('accept')).toContain('.xlsx');
      const answers: Array<[string, Buffer, RegExp]> = [
        ['分工.xlsx', await xlsxBytes(), /^「分工\.xlsx」：这是 Excel 工作簿（\.xlsx），不是 Word 文档，文件本身没有问题：.*「从选区导入」或「分析当前表格」/],
        ['方案.pdf', Buffer.from('%PDF-1.7\n'), /^「方案\.pdf」：这是 PDF 文件/],
        ['方案.doc', OLE2, /^「方案\.doc」：这是 Word 97–2003 的 \.doc 文件.*「另存为」\.docx/],
        ['方案.wps', OLE2, /^「方案\.wps」：这是 WPS 文字的 \.wps 文件/],
      ];
      for (const [name, buffer, answer] of answers) {
        await importInput().setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
        const alert = page.getByRole('alert');
        await alert.getByText(answer).waitFor({ state: 'visible' });
        expect(await alert.getAttribute('data-outcome')).toBe('failed');
        expect(await alert.innerText()).not.toContain('w:body');
        if (name.endsWith('.xlsx')) await shot('wrong-xlsx');
      }
      expect(await fake((excel) => excel.sheets.map((s) => s.name))).toEqual(before);
    });

    it('says in two short lines, in 「」, what it looked for in seed 003 and what to bring instead', async () => {
      await importInput().setInputFiles(SEED_003);
      const alert = page.getByRole('alert');
      await alert.getByText(/没有读到任何任务/).waitFor({ state: 'visible' });
      const lines = (await alert.innerText()).split('\n').filter((line) => line.trim() !== '');
      expect(lines[0]).toBe('没有可用的文件');
      expect(lines[1]).toMatch(new RegExp(`^「${basename(SEED_003)}」没有读到任何任务：文中没有表头含「序号」「责任单位」「牵头单位」等列名的分工表`));
      expect(lines[2]).toMatch(/^(原件中有表格时|表格在导出为文本时|附件可能是单独的文件)/);
      expect(await alert.innerText()).not.toMatch(/[“”]/);
      await shot('no-table');
    });

    it('回收汇总 given only a file that is not a workbook fails, says the workbook is unchanged, and changes no sheet', async () => {
      const before = await fake((excel) => ({ names: excel.sheets.map((s) => s.name), writes: excel.sheets.map((s) => s.writes) }));
      expect(before.names).toContain('进展汇总');
      await page.getByRole('tab', { name: '督办' }).click();
      await page.locator('input[aria-label="回收汇总"]').setInputFiles({ name: '报回说明.docx', mimeType: XLSX, buffer: readFileSync(SEED_000) });
      const alert = page.getByRole('alert');
      await alert.getByText('没有可用的报回文件').waitFor({ state: 'visible' });
      expect(await alert.innerText()).toContain('工作簿未改动。');
      expect(await alert.innerText()).not.toContain('回收汇总完成');
      expect(await inViewport(page, alert)).toBe(true);
      expect(await fake((excel) => ({ names: excel.sheets.map((s) => s.name), writes: excel.sheets.map((s) => s.writes) }))).toEqual(before);
      await shot('collect-nothing');
      // The 督办 result belongs to 督办: not shown on 导入.
      await page.getByRole('tab', { name: '导入' }).click();
      expect(await page.getByText('没有可用的报回文件').count()).toBe(0);
    });

    it('取消 while many files are read stops at the next file and keeps the preview before', async () => {
      const titles = () => page.getByRole('heading', { level: 3 }).allTextContents();
      const before = await titles();
      expect(before.length).toBeGreaterThan(0);
      const seed = readFileSync(SEED_004);
      const many = Array.from({ length: 40 }, (_, i) => ({ name: `方案${i + 1}.txt`, mimeType: 'text/plain', buffer: seed }));
      // This machine reads 40 files before a click from outside the page lands; the page clicks 取消 as soon as it is shown.
      await page.evaluate(() => {
        const observer = new MutationObserver(() => {
          const cancel = document.querySelector<HTMLButtonElement>('button[aria-label^="取消：正在读取"]');
          if (!cancel) return;
          observer.disconnect();
          cancel.click();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
      await importInput().setInputFiles(many);
      const alert = page.getByRole('alert');
      await alert.getByText('已取消', { exact: true }).waitFor({ state: 'visible' });
      expect(await alert.innerText()).toContain('没有读入新的文件，原来的预览保留。');
      expect(await titles()).toEqual(before);
      expect(await inViewport(page, alert)).toBe(true);
      await shot('cancelled');
    }, 60_000);

    it('取消 once the write has begun says so, and that the write was completed', async () => {
      await importInput().setInputFiles(SEED_000);
      await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
      // Each sync takes a while, as in Excel on the web, so that 取消 comes during the write.
      await fake((excel) => {
        const sync = excel.sync.bind(excel);
        excel.sync = () => new Promise((done) => setTimeout(done, 150)).then(sync);
      });
      await page.getByRole('button', { name: '生成汇总工作表' }).click();
      await page.getByRole('status').getByText('正在写入工作簿…').waitFor({ state: 'visible' });
      await page.getByRole('button', { name: /^取消：/ }).click();
      const result = outcome(page);
      await result.waitFor({ state: 'visible' });
      expect(await result.innerText()).toContain('取消时已在写入工作簿，写入已全部完成：');
      expect(pageErrors).toEqual([]);
    }, 60_000);
  });

  describe('outside Excel', () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.openPage({ width: WIDTH });
      await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    }, 120_000);

    it('shows a short note instead of a warning, and the download stays in view with where it went', async () => {
      const note = page.getByText(/^在浏览器中可导入文件/);
      const { height } = (await note.boundingBox()) ?? { height: Infinity };
      expect(height).toBeLessThan(70);
      await page.screenshot({ path: join(TEST_OUTPUT, `flow-page-first-open-${WIDTH}.png`), animations: 'disabled' });
      await page.locator('input[aria-label="导入附件表格"]').setInputFiles([SEED_000, SEED_004]);
      await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
      const download = page.getByRole('button', { name: '下载汇总工作簿' });
      expect(await inViewport(page, download)).toBe(true);
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      const result = outcome(page);
      await result.waitFor({ state: 'visible' });
      expect(await inViewport(page, result)).toBe(true);
      expect(await result.innerText()).toContain(`「${file.suggestedFilename()}」已交给浏览器下载，保存在浏览器的下载文件夹（通常是「下载」）。`);
      expect(await result.innerText()).not.toMatch(/Downloaded|Done/);
      await page.screenshot({ path: join(TEST_OUTPUT, `flow-page-downloaded-${WIDTH}.png`), animations: 'disabled' });
      expect(pageErrors).toEqual([]);
    });
  });
});
