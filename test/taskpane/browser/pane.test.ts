// The task pane in a real browser (harness.ts): opened with every request but 127.0.0.1's aborted, as
// when the pane is opened offline or outside Excel; then again, in the same browser, with a fake
// Office and Excel injected before the pane's script, to import files.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { analyse } from '../../../src/core/analyse';
import { cellMarks } from '../../../src/core/plan/in-place';
import { documentFromGrid } from '../../../src/core/tables/range-table';
import { readDocument } from '../../../src/core/read';
import { parseCsv } from '../../../src/core/units/csv';
import { loadWorkbook as loadXlsx, sheetText } from '../../../src/xlsx/read-workbook';
import { renderAnalysis, type RenderedFile } from '../../../src/xlsx/render-analysis';
import { fillReturn } from '../../fixtures/fill-return';
import { nextYear } from '../../core/compare/next-year';
import { OFFICE_JS, REPO_ROOT, SEED_000, SEED_004, XLSX, onFakeExcel, openPaneBrowser, type FakeWindow, type PaneBrowser } from './harness';

const SCREENSHOT = join(REPO_ROOT, 'test-output', 'taskpane.png');
/** Next year's copy of seed 000 (four tasks touched), as the clerk picks it beside last year's. */
const NEXT_YEAR = () => ({ name: '2026年工作要点.txt', mimeType: 'text/plain', buffer: Buffer.from(nextYear()) });
const LAST_YEAR_000 = '《2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点》：上一年的计划（用于年度对比，不导入）';

let bureausOfSeed000: Promise<RenderedFile[]> | undefined;

/** Seed 000's bureau workbooks as the CLI's --per-unit writes them; rendered once for the tests that compare with them or fill them in. */
function seedBureaus(): Promise<RenderedFile[]> {
  bureausOfSeed000 ??= readDocument(basename(SEED_000), readFileSync(SEED_000)).then(async (read) => {
    if (!read.ok) throw new Error(read.error.message);
    return (await renderAnalysis(analyse([read.value]), { perUnit: true })).bureaus;
  });
  return bureausOfSeed000;
}

describe('the task pane in Chromium without Office.js', () => {
  let browser: PaneBrowser;
  let workDir: string;
  let page: Page;
  let abortedUrls: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await openPaneBrowser();
    ({ workDir, abortedUrls, pageErrors } = browser);
    page = await browser.openPage();
    // The e2e build (pane, fake Office, offline file) may still be running when this suite is run alone.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the Chinese title once Office.js has failed to load', async () => {
    await page.getByRole('heading', { level: 1, name: '分工表助手' }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('tells the clerk in a short note, not a warning, what needs Excel', async () => {
    await page.getByText(/^在浏览器中可导入文件、查看问题、下载工作簿；写入工作簿请在 Excel/).waitFor({ state: 'visible' });
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('keeps the file import, and disables what needs the workbook, saying Excel is needed', async () => {
    expect(await page.getByRole('button', { name: '导入附件表格' }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: '从选区导入' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '分析当前表格' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '清除标记' }).count()).toBe(0);
    expect(await page.getByText('需要 Excel', { exact: true }).count()).toBe(2);
    await page.getByRole('tab', { name: '督办' }).click();
    expect(await page.getByRole('button', { name: '回收汇总' }).isEnabled()).toBe(true);
    // Outside Excel 到期提醒 takes the combined workbook as a file (offline-due.test.ts).
    expect(await page.getByRole('button', { name: '到期提醒' }).isEnabled()).toBe(true);
    await page.getByRole('tab', { name: '导入' }).click();
  });

  it('requests nothing from the network except Office.js from the Microsoft CDN', () => {
    expect(abortedUrls).toEqual([OFFICE_JS]);
    expect(pageErrors).toEqual([]);
  });

  it('renders the icon and saves a screenshot for review', async () => {
    const iconWidth = await page.locator('header img').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(iconWidth).toBe(64);
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('is one tab stop where ArrowRight, ArrowLeft, Home and End move the focus and open the panel at once, wrapping at the ends', async () => {
    const focusedTab = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    const selectedTabs = () => page.locator('[role="tab"][aria-selected="true"]').allTextContents();
    await page.setViewportSize({ width: 320, height: 760 });
    expect(await page.getByRole('tablist', { name: '分工表助手的功能' }).getByRole('tab').allTextContents()).toEqual(['导入', '问题', '名录', '督办']);
    await page.getByRole('tab', { name: '导入' }).focus();

    await page.keyboard.press('ArrowRight');
    await page.getByText('还没有问题：先在「导入」中选择文件。').waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('问题');
    expect(await selectedTabs()).toEqual(['问题']);
    // The panel shown is the tabpanel the selected tab names and controls.
    expect(await page.getByRole('tabpanel', { name: '问题' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: '问题' }).getAttribute('aria-controls')).toBe(await page.getByRole('tabpanel').getAttribute('id'));
    expect(await page.getByRole('button', { name: '导入附件表格' }).count()).toBe(0);

    await page.keyboard.press('End');
    await page.getByRole('button', { name: '回收汇总' }).waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('督办');
    expect(await selectedTabs()).toEqual(['督办']);
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-tabs-keyboard-320.png'), fullPage: true, animations: 'disabled' });

    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('导入');

    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: '回收汇总' }).waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('督办');

    await page.keyboard.press('ArrowLeft');
    await page.getByText('先在「导入」中读取文件，这里会列出可能是同一单位的写法，以及各镇街、各成员单位等统称包含哪些单位。').waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('名录');

    await page.keyboard.press('Home');
    await page.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
    expect(await focusedTab()).toBe('导入');
    expect(await selectedTabs()).toEqual(['导入']);

    // Tab leaves the tab bar for the panel; Shift+Tab comes back to the selected tab, not to the others.
    await page.keyboard.press('Tab');
    expect(await focusedTab()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedTab()).toBe('导入');
    expect(pageErrors).toEqual([]);
  });

  it('outside Excel reads a seed, shows its preview and problems, and downloads the workbook and the bureaus’ .zip', async () => {
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles(SEED_000);
    await page.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: '生成汇总工作表' }).count()).toBe(0);
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    await page.getByText('已下载', { exact: true }).waitFor({ state: 'visible' });
    const xlsx = join(workDir, 'downloaded.xlsx');
    await workbook.saveAs(xlsx);
    expect(workbook.suggestedFilename()).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点.xlsx');
    const [bureaus] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载各单位任务清单（.zip）' }).click()]);
    const zipPath = join(workDir, 'bureaus.zip');
    await bureaus.saveAs(zipPath);

    // The .zip holds exactly the bureau workbooks the CLI's --per-unit writes, byte for byte.
    const expected = await seedBureaus();
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(expected.map((b) => b.fileName).sort());
    const first = expected[0];
    if (!first) throw new Error('no bureau');
    expect(Buffer.from(await zip.file(first.fileName)!.async('uint8array')).equals(Buffer.from(first.bytes))).toBe(true);

    // 分发 of three chosen bureaus: the .zip holds exactly their three workbooks.
    await page.getByRole('tab', { name: '督办' }).click();
    await page.getByRole('checkbox', { name: /^全选/ }).click();
    const chosen = expected.slice(0, 3).map((b) => b.fileName.replace(/\.xlsx$/, ''));
    for (const unit of chosen) await page.getByRole('checkbox', { name: new RegExp(`^${unit} `) }).click();
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-page-distribute-320.png'), fullPage: true, animations: 'disabled' });
    const [three] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载所选 3 个单位的任务清单（.zip）' }).click()]);
    const threePath = join(workDir, 'three.zip');
    await three.saveAs(threePath);
    const threeZip = await JSZip.loadAsync(readFileSync(threePath));
    expect(Object.keys(threeZip.files).sort()).toEqual(expected.slice(0, 3).map((b) => b.fileName).sort());
    for (const bureau of expected.slice(0, 3)) {
      expect(Buffer.from(await threeZip.file(bureau.fileName)!.async('uint8array')).equals(Buffer.from(bureau.bytes))).toBe(true);
    }

    // The workbook opens in LibreOffice with its 审核问题, and the 问题 panel lists the same flags.
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(workDir, 'lo')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(workDir, 'csv'), xlsx], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const flagsCsv = parseCsv(readFileSync(join(workDir, 'csv', 'downloaded-审核问题.csv'), 'utf8')).records;
    await page.getByRole('tab', { name: /问题/ }).click();
    await page.getByText(`共 ${flagsCsv.length - 1} 个问题`).waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: /^定位：/ }).first().isDisabled()).toBe(true);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-page-problems-320.png'), fullPage: true, animations: 'disabled' });
    expect(abortedUrls).toEqual([OFFICE_JS]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('in 名录, merging the proposed pair redoes the problems and the send list at once', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('tab', { name: /问题/ }).click();
    await page.getByText('共 49 个问题').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: '名录' }).click();
    await page.getByText('可能是同一单位（1）').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-page-directory-320.png'), fullPage: true, animations: 'disabled' });
    await page.getByRole('button', { name: '合并，保留「高新区公安分局」，「高新区公安分局交巡警支队」作为其另一种写法' }).click();
    await page.getByText('可能是同一单位（0）').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: /问题/ }).click();
    // The second writing of one bureau is now a name-variant problem.
    await page.getByText('共 50 个问题').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: '督办' }).click();
    expect(await page.getByRole('checkbox', { name: /^高新区公安分局交巡警支队 / }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /^高新区公安分局 / }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('outside Excel, 回收汇总 takes the downloaded workbook with two returns and downloads the collected one', async () => {
    const [first, second] = await seedBureaus();
    if (!first || !second) throw new Error('seed 000 has fewer than two bureaus');
    const files = [
      { name: first.fileName, mimeType: XLSX, buffer: Buffer.from(await fillReturn(first.bytes, () => ({ status: '已完成' }), new Date('2025-07-01T00:00:00Z'))) },
      { name: 'downloaded.xlsx', mimeType: XLSX, buffer: readFileSync(join(workDir, 'downloaded.xlsx')) },
      { name: '改了名字.xlsx', mimeType: XLSX, buffer: Buffer.from(await fillReturn(second.bytes, () => ({ status: '推进中' }), new Date('2025-07-02T00:00:00Z'))) },
    ];
    await page.getByRole('tab', { name: '督办' }).click();
    const [collected] = await Promise.all([page.waitForEvent('download'), page.locator('input[aria-label="回收汇总"]').setInputFiles(files)]);
    await page.getByText('回收汇总完成', { exact: true }).waitFor({ state: 'visible' });
    expect(collected.suggestedFilename()).toMatch(/^downloaded-回收汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const out = join(workDir, 'collected.xlsx');
    await collected.saveAs(out);
    const loaded = await loadXlsx(readFileSync(out));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const ledger = loaded.value.workbook.getWorksheet('进展汇总');
    const rows = ledger ? sheetText(ledger).cells : [];
    const header = rows[0] ?? [];
    const from = (file: string) => rows.filter((row) => row[header.indexOf('回收文件')] === file).map((row) => row[header.indexOf('完成状态')]);
    expect(new Set(from(first.fileName))).toEqual(new Set(['已完成']));
    expect(new Set(from('改了名字.xlsx'))).toEqual(new Set(['推进中']));
    expect(pageErrors).toEqual([]);
  });

  it('outside Excel, a file marked 上一年 with the keyboard makes the downloaded workbook hold 年度对比', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('tab', { name: '导入' }).click();
    await page.locator('input[aria-label="导入附件表格"]').setInputFiles([{ name: basename(SEED_000), mimeType: 'text/plain', buffer: readFileSync(SEED_000) }, NEXT_YEAR()]);
    const mark = page.getByRole('checkbox', { name: LAST_YEAR_000 });
    await mark.waitFor({ state: 'visible' });
    await mark.focus();
    await page.keyboard.press('Space');
    expect(await mark.isChecked()).toBe(true);
    await page.getByText('年度对比：上一年 1 份文件，今年 1 份。').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-page-compare-320.png'), fullPage: true, animations: 'disabled' });
    // The pane's part for README: from 预览 down to last year's file, ticked.
    await page.evaluate(() => window.scrollTo(0, 0));
    const [from, to] = await Promise.all([page.getByRole('heading', { name: '预览' }).boundingBox(), mark.boundingBox()]);
    if (!from || !to) throw new Error('the preview is not laid out');
    const clip = { x: 0, y: from.y - 12, width: 320, height: to.y + to.height + 6 - (from.y - 12) };
    await page.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-page-compare-part-320.png'), fullPage: true, clip, animations: 'disabled' });
    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载汇总工作簿' }).click()]);
    await page.getByText(/^年度对比（上一年 1 份文件）：新增 1 项，删去 1 项/).waitFor({ state: 'visible' });
    expect(workbook.suggestedFilename()).toBe('2026年重庆高新区安全生产、防灾减灾救灾和消防工作要点.xlsx');
    const loaded = await loadXlsx(readFileSync(await workbook.path()));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const names = loaded.value.workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['年度对比', '年度对比-单位']));
    expect(names.filter((name) => name.startsWith('2025'))).toEqual([]);
    const compared = sheetText(loaded.value.workbook.getWorksheet('年度对比')!).cells.flat().join('\n');
    expect(compared).toContain('低空经济领域');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  describe('inside a fake Excel', () => {
    let excelPage: Page;
    const importInput = () => excelPage.locator('input[aria-label="导入附件表格"]');
    /** `read` runs in the page, on the fake workbook the pane writes to. */
    const fake = <T,>(read: (excel: FakeWindow['fakeExcel']) => T) => onFakeExcel(excelPage, read);
    const sheetNames = () => fake((excel) => excel.sheets.map((s) => s.name));
    const shot = async (name: string) => {
      for (const width of [320, 480]) {
        await excelPage.setViewportSize({ width, height: 900 });
        await excelPage.screenshot({ path: join(REPO_ROOT, 'test-output', `taskpane-${name}-${width}.png`), fullPage: true, animations: 'disabled' });
      }
    };

    beforeAll(async () => {
      excelPage = await browser.openPage({ fakeExcel: true });
      await excelPage.getByRole('button', { name: '导入附件表格' }).waitFor({ state: 'visible' });
      // The clerk's own sheet, with content, before the pane does anything.
      await fake((excel) => {
        const sheet = excel.sheet('Sheet1');
        sheet.cell(0, 0).value = '我的台账';
        sheet.cell(1, 1).value = 42;
      });
    }, 120_000);

    it('enables the import buttons without the Excel notice', async () => {
      expect(await excelPage.getByRole('button', { name: '导入附件表格' }).isEnabled()).toBe(true);
      expect(await excelPage.getByRole('button', { name: '从选区导入' }).isEnabled()).toBe(true);
      expect(await excelPage.getByText(/^在浏览器中可导入文件/).count()).toBe(0);
    });

    it('reads two seeds at once into a preview, and writes nothing yet', async () => {
      await importInput().setInputFiles([SEED_000, SEED_004]);
      await excelPage.getByRole('heading', { name: '预览' }).waitFor({ state: 'visible' });
      for (const title of ['2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点', '璧山区安全生产治本攻坚三年行动实施方案']) {
        await excelPage.getByRole('heading', { name: title }).waitFor({ state: 'visible' });
      }
      expect(await sheetNames()).toEqual(['Sheet1']);
      await shot('preview');
    });

    it('takes a corrected column role and an option, then 生成 writes the sheets beside the clerk’s', async () => {
      const role = excelPage.getByRole('combobox', { name: '「完成时间」列是' }).first();
      await role.click();
      await excelPage.getByRole('option', { name: '备注' }).click();
      expect(await role.textContent()).toContain('备注');
      await excelPage.getByRole('switch', { name: '为每个单位生成「任务-单位」工作表' }).check();
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      await excelPage.getByText('已生成汇总工作表', { exact: true }).waitFor({ state: 'visible' });
      const names = await sheetNames();
      expect(names[0]).toBe('Sheet1');
      expect(names).toContain('审核问题');
      expect(names.some((n) => n.startsWith('任务-'))).toBe(true);
      expect(await fake((excel) => excel.settings.get('RespMatrix.options'))).toContain('"unitSheets":true');
    });

    it('lists the problems; 定位 selects the flagged cell and 已确认 is written to 审核问题', async () => {
      await excelPage.getByRole('tab', { name: /问题/ }).click();
      const first = excelPage.getByRole('button', { name: /^定位：/ }).first();
      await first.click();
      await excelPage.waitForFunction(() => (window as unknown as FakeWindow).fakeExcel.selection !== undefined);
      const selection = await fake((excel) => excel.selection);
      expect(selection).toMatchObject({ rows: 1, columns: 1 });
      expect(await sheetNames()).toContain(selection?.sheet);
      await excelPage.getByRole('button', { name: '已确认' }).first().click();
      await excelPage.waitForFunction(() => {
        const sheet = (window as unknown as FakeWindow).fakeExcel.sheet('审核问题');
        return sheet.grid(400, 10).some((row) => row[8] === '已确认');
      });
      await shot('problems');
    });

    it('生成 again keeps the 已确认, adds no sheet twice and leaves the clerk’s sheet as it was', async () => {
      const before = await sheetNames();
      await excelPage.getByRole('tab', { name: '导入' }).click();
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      await excelPage.getByText('已更新汇总工作表', { exact: true }).waitFor({ state: 'visible' });
      expect(await sheetNames()).toEqual(before);
      expect(await fake((excel) => excel.sheet('审核问题').grid(400, 10).filter((row) => row[8] === '已确认').length)).toBe(1);
      expect(await fake((excel) => [excel.sheet('Sheet1').grid(2, 2), excel.sheet('Sheet1').writes])).toEqual([
        [
          ['我的台账', ''],
          ['', 42],
        ],
        0,
      ]);
      await shot('import');
    });

    it('shows the reader’s Chinese message for a file of random bytes and adds no sheet', async () => {
      const before = await sheetNames();
      const buffer = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
      await importInput().setInputFiles({ name: '乱码.docx', mimeType: 'application/octet-stream', buffer });
      await excelPage.getByText('没有可用的文件').waitFor({ state: 'visible' });
      expect(await excelPage.getByRole('alert').innerText()).toMatch(/「乱码\.docx」：[\u4e00-\u9fff]{4}/);
      expect(await sheetNames()).toEqual(before);
    });

    it('says a document with no table yielded no task, names what it looked for, and adds no sheet', async () => {
      const before = await sheetNames();
      const text = '关于做好安全生产工作的通知\n各单位要高度重视，认真落实。\n';
      await importInput().setInputFiles({ name: '通知.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      await excelPage.getByText('没有可用的文件').waitFor({ state: 'visible' });
      expect(await excelPage.getByRole('alert').innerText()).toContain('「通知.txt」没有读到任何任务：文中没有表头含「序号」');
      expect(await sheetNames()).toEqual(before);
      await excelPage.screenshot({ path: join(REPO_ROOT, 'test-output', 'taskpane-nothing-read.png'), fullPage: true, animations: 'disabled' });
    });

    it('collects two returned task lists in 督办, lists what is due per unit, and adds no sheet twice', async () => {
      const [first, second] = await seedBureaus();
      if (!first || !second) throw new Error('seed 000 has fewer than two bureaus');
      const returned = [
        { name: '第一个单位-7月.xlsx', mimeType: XLSX, buffer: Buffer.from(await fillReturn(first.bytes, () => ({ status: '已完成' }), new Date('2025-07-01T00:00:00Z'))) },
        { name: second.fileName, mimeType: XLSX, buffer: Buffer.from(await fillReturn(second.bytes, () => ({ status: '推进中' }), new Date('2025-07-02T00:00:00Z'))) },
      ];
      await excelPage.getByRole('tab', { name: '督办' }).click();
      await excelPage.locator('input[aria-label="回收汇总"]').setInputFiles(returned);
      await excelPage.getByText('回收汇总完成', { exact: true }).waitFor({ state: 'visible' });
      await excelPage.getByText(/^汇总 2 个文件：2\/\d+ 个单位已报送/).waitFor({ state: 'visible' });
      await excelPage.getByRole('heading', { name: '到期提醒', exact: true }).waitFor({ state: 'visible' });
      const names = await sheetNames();
      expect(names.filter((n) => ['进展汇总', '回收统计', '回收问题', '到期提醒'].includes(n)).sort()).toEqual(['进展汇总', '到期提醒', '回收统计', '回收问题'].sort());
      await shot('loop');

      await excelPage.getByRole('button', { name: '到期提醒' }).click();
      await excelPage.getByText('已更新到期提醒', { exact: true }).waitFor({ state: 'visible' });
      // Redone sheets move to the end; none is added twice.
      expect((await sheetNames()).sort()).toEqual([...names].sort());
      expect(pageErrors).toEqual([]);
    });

    it('分析当前表格 marks exactly the flagged cells of a pasted seed table, changes no value, and 清除标记 gives the sheet back cell for cell', async () => {
      const read = await readDocument(basename(SEED_000), readFileSync(SEED_000));
      if (!read.ok) throw new Error(read.error.message);
      const table = read.value.tables[0];
      if (!table) throw new Error('seed 000 has no table');
      // Pasted at B3 of a sheet of the clerk's, with a title above it.
      const grid = [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells.map((c) => c.text))];
      const parsed = documentFromGrid({ source: '分工表', firstRow: 3, values: grid });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const marks = cellMarks(analyse([parsed.value]), { sheet: '分工表', left: 1 });
      const [yellow, patterned, commented] = marks;
      if (!yellow || !patterned || !commented) throw new Error('seed 000 needs three flagged cells');
      const inPage = <T,>(fn: string) => excelPage.evaluate(`(${fn})(window.fakeExcel)`) as Promise<T>;
      await inPage(`async (excel) => {
        excel.context.workbook.worksheets.add('分工表');
        await excel.context.sync();
        const sheet = excel.sheet('分工表');
        sheet.cell(0, 0).value = '附件：重点任务分工表';
        ${JSON.stringify(grid)}.forEach((row, r) => row.forEach((text, c) => (sheet.cell(2 + r, 1 + c).value = text)));
        sheet.cell(${yellow.row}, ${yellow.column}).format['fill.color'] = '#FFFF00';
        sheet.cell(${patterned.row}, ${patterned.column}).format['fill.color'] = '#00B0F0';
        sheet.cell(${patterned.row}, ${patterned.column}).format['fill.pattern'] = 'Gray25';
        excel.comments.push({ id: '{clerk}', address: "'分工表'!${String.fromCharCode(65 + commented.column)}${commented.row + 1}", text: '科室自己的批注' });
        excel.selection = { sheet: '分工表', top: 2, left: 1, rows: ${grid.length}, columns: ${grid[0]?.length ?? 0} };
      }`);
      /** Values, formats and comments of the clerk's sheet, as plain data. */
      const state = () =>
        inPage<unknown>(`(excel) => ({
          cells: [...excel.sheet('分工表').cells()].filter((c) => c.value !== '' || Object.keys(c.format).length > 0).map((c) => [c.row, c.column, c.value, c.format]),
          comments: excel.comments.map((c) => [c.address, c.text]),
        })`);
      const values = () => inPage<unknown[][]>(`(excel) => excel.sheet('分工表').grid(${grid.length + 4}, 16)`);
      const before = { state: await state(), sheets: await sheetNames(), values: await values() };

      await excelPage.getByRole('tab', { name: '导入' }).click();
      await excelPage.getByRole('button', { name: '分析当前表格' }).click();
      await excelPage.getByText('已分析当前表格', { exact: true }).waitFor({ state: 'visible' });
      await shot('in-place');

      expect(await values()).toEqual(before.values);
      const after = await inPage<{ fills: Array<[number, number, string]>; comments: string[] }>(`(excel) => ({
        fills: [...excel.sheet('分工表').cells()].filter((c) => c.format['fill.color'] !== undefined).map((c) => [c.row, c.column, c.format['fill.color']]),
        comments: excel.comments.map((c) => c.address).filter((a) => a.startsWith("'分工表'!")),
      })`);
      expect(after.fills).toEqual(marks.map((m) => [m.row, m.column, `#${m.fill}`]));
      const cellRef = (m: { row: number; column: number }) => `'分工表'!${String.fromCharCode(65 + m.column)}${m.row + 1}`;
      expect(new Set(after.comments)).toEqual(new Set(marks.map(cellRef)));
      expect(await sheetNames()).toEqual([...before.sheets, '审核问题-分工表', '单位汇总-分工表']);

      await excelPage.getByRole('button', { name: '清除标记' }).click();
      await excelPage.getByText('已清除标记', { exact: true }).waitFor({ state: 'visible' });
      expect(await state()).toEqual(before.state);
      expect(await sheetNames()).toEqual(before.sheets);
      expect(pageErrors).toEqual([]);
    });

    it('a pair merged in 名录 reaches the workbook at the next 生成: one row in 单位名录 with the other writing as its alias, and one unit in 单位汇总', async () => {
      const hasRow = (rows: unknown[][], unit: string) => rows.some((row) => row[0] === unit);
      const summaryBefore = (await excelPage.evaluate(`window.fakeExcel.sheet('单位汇总').grid(400, 1)`)) as unknown[][];
      expect(hasRow(summaryBefore, '高新区公安分局交巡警支队')).toBe(true);
      await excelPage.getByRole('tab', { name: '名录' }).click();
      await excelPage.getByText('可能是同一单位（1）').waitFor({ state: 'visible' });
      await shot('directory');
      await excelPage.getByRole('button', { name: '合并，保留「高新区公安分局」，「高新区公安分局交巡警支队」作为其另一种写法' }).click();
      await excelPage.getByText('可能是同一单位（0）').waitFor({ state: 'visible' });
      await excelPage.getByRole('tab', { name: '导入' }).click();
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      // The merged bureau's own 「任务-」 sheet has no successor: 生成 asks before removing it.
      await excelPage.getByText('生成前请确认').waitFor({ state: 'visible' });
      expect(await excelPage.getByRole('status').innerText()).toContain('「任务-高新区公安分局交巡警支队」');
      await excelPage.getByRole('button', { name: '替换', exact: true }).click();
      await excelPage.getByText('已更新汇总工作表', { exact: true }).waitFor({ state: 'visible' });
      const summary = (await excelPage.evaluate(`window.fakeExcel.sheet('单位汇总').grid(400, 1)`)) as unknown[][];
      expect(hasRow(summary, '高新区公安分局交巡警支队')).toBe(false);
      expect(hasRow(summary, '高新区公安分局')).toBe(true);
      const directory = (await excelPage.evaluate(`window.fakeExcel.sheet('单位名录').grid(400, 4)`)) as string[][];
      const merged = directory.find((row) => row[0] === '高新区公安分局');
      expect(merged?.[1]).toContain('高新区公安分局交巡警支队');
      expect(directory.some((row) => row[0] === '高新区公安分局交巡警支队')).toBe(false);
      expect(pageErrors).toEqual([]);
    });

    it('分发 in Excel downloads exactly the three chosen bureaus’ task lists, each holding only its own tasks', async () => {
      await excelPage.getByRole('tab', { name: '督办' }).click();
      await excelPage.getByRole('checkbox', { name: /^全选/ }).click();
      const labels = await excelPage.getByRole('checkbox', { name: / 牵头 / }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''));
      const units = labels.slice(0, 3).map((label) => label.split(' ')[0] ?? '');
      expect(units.every((unit) => unit.length > 1)).toBe(true);
      for (const unit of units) await excelPage.getByRole('checkbox', { name: new RegExp(`^${unit} `) }).click();
      const [download] = await Promise.all([excelPage.waitForEvent('download'), excelPage.getByRole('button', { name: '下载所选 3 个单位的任务清单（.zip）' }).click()]);
      const zip = await JSZip.loadAsync(readFileSync(await download.path()));
      expect(Object.keys(zip.files).sort()).toEqual(units.map((unit) => `${unit}.xlsx`).sort());
      for (const unit of units) {
        const loaded = await loadXlsx(await zip.file(`${unit}.xlsx`)!.async('uint8array'));
        if (!loaded.ok) throw new Error(loaded.error.message);
        const rows = sheetText(loaded.value.workbook.worksheets[0]!).cells;
        const header = rows.findIndex((row) => row.includes('填报单位'));
        const sentTo = rows.slice(header + 1).map((row) => row[rows[header]!.indexOf('填报单位')]).filter(Boolean);
        expect(sentTo.length).toBeGreaterThan(0);
        expect(new Set(sentTo)).toEqual(new Set([unit]));
      }
      expect(pageErrors).toEqual([]);
    });

    it('年度对比: with last year’s file marked, 生成 writes the 年度对比 sheets; with both marked it is refused and nothing is written', async () => {
      await excelPage.getByRole('tab', { name: '导入' }).click();
      await importInput().setInputFiles([{ name: basename(SEED_000), mimeType: 'text/plain', buffer: readFileSync(SEED_000) }, NEXT_YEAR()]);
      const mark = excelPage.getByRole('checkbox', { name: LAST_YEAR_000 });
      await mark.waitFor({ state: 'visible' });
      await mark.focus();
      await excelPage.keyboard.press('Space');
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      // The last batch's import sheets have no successor: 生成 asks before removing them.
      await excelPage.getByText('生成前请确认').waitFor({ state: 'visible' });
      await excelPage.getByRole('button', { name: '替换', exact: true }).click();
      await excelPage.getByText(/^年度对比（上一年 1 份文件）：新增 1 项，删去 1 项，有变化 2 项/).waitFor({ state: 'visible' });
      // The last batch's import sheets are replaced; their comments go with them, and the new ones are added.
      expect(await excelPage.getByText(/未能添加批注/).count()).toBe(0);
      const names = await sheetNames();
      expect(names).toEqual(expect.arrayContaining(['Sheet1', '年度对比', '年度对比-单位']));
      const compared = (await excelPage.evaluate(`window.fakeExcel.sheet('年度对比').grid(20, 12)`)) as unknown[][];
      expect(compared.flat().join('\n')).toContain('城市管理领域');
      await shot('compare');

      const thisYear = excelPage.getByRole('checkbox', { name: /^《2026年.*》：上一年的计划/ });
      await thisYear.check();
      await excelPage.getByText('所有文件都标为了上一年：请至少留一份今年的文件。').waitFor({ state: 'visible' });
      const writes = await fake((excel) => excel.syncs.length);
      await excelPage.getByRole('button', { name: '生成汇总工作表' }).click();
      await excelPage.getByText('未生成，工作簿未改动').waitFor({ state: 'visible' });
      expect(await excelPage.getByRole('alert').innerText()).toContain('今年的文件没有读到任务，无法对比');
      expect(await fake((excel) => excel.syncs.length)).toBe(writes);
      expect(await sheetNames()).toEqual(names);
      expect(pageErrors).toEqual([]);
    });
  });
});
