// What every Chromium suite of the pane shares: the production build the e2e project's global setup
// makes (as `npm run build` makes it), served from 127.0.0.1, and Debian's Chromium opened on it with
// every other request aborted, as when the pane is opened offline or outside Excel. A page may have the
// fake Office and Excel (test/taskpane/fake-office.ts, built beside the pane) injected before the
// pane's script, a language other than Chinese, or be the single offline file opened from file://.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { e2eBuild, type BuiltFolders } from '../../e2e/e2e-build';
import type { FakeExcel } from '../../excel/fake-excel';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = resolve(__dirname, '../../..');
export const TEST_OUTPUT = join(REPO_ROOT, 'test-output');
export const SEED_000 = join(REPO_ROOT, 'seeds', '000_bfdfd6760bd5685d.txt');
export const SEED_004 = join(REPO_ROOT, 'seeds', '004_e49c03a3eb7a1052.txt');
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** The page's window with the fake Excel the injected script exposes. */
export interface FakeWindow {
  fakeExcel: FakeExcel;
}

export interface PaneBrowser {
  built: BuiltFolders;
  /** A scratch folder for downloads, removed by close(). */
  workDir: string;
  context: BrowserContext;
  /** Uncaught errors of every page opened by openPage. */
  pageErrors: string[];
  /** Requests refused because they left 127.0.0.1. */
  abortedUrls: string[];
  /** Opens the pane (taskpane.html) in a new page, with the fake Office and Excel when asked. */
  openPage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PageOptions {
  fakeExcel?: boolean;
  width?: number;
  /** Office's display language with the fake Excel, the browser's without; Chinese (zh-CN) when absent. */
  language?: string;
  /** The single offline file (dist/分工表助手.html) from file:// instead of the served pane. */
  offline?: boolean;
}

/** The offline file, alone in its folder of the e2e build. */
export function offlinePage(built: BuiltFolders): string {
  const [page, ...others] = readdirSync(built.offline);
  if (!page || others.length > 0) throw new Error(`${built.offline} should hold the one offline file, and holds: ${[page, ...others].join(', ')}`);
  return join(built.offline, page);
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const file = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Builds (once per run), serves the pane and opens Chromium on it; call close() in afterAll. */
export async function openPaneBrowser(): Promise<PaneBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does.`);
  }
  const workDir = mkdtempSync(join(tmpdir(), 'respmatrix-pane-'));
  const built = await e2eBuild();
  const server = await serve(built.pane);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 760 },
    locale: 'zh-CN',
  });
  const pageErrors: string[] = [];
  const abortedUrls: string[] = [];
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  let first = true;
  const openPage = async ({ fakeExcel = false, width, language, offline = false }: PageOptions = {}) => {
    const page = first ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    first = false;
    if (width) await page.setViewportSize({ width, height: 760 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const target = offline ? pathToFileURL(offlinePage(built)).href : url;
    await page.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (offline ? requested.href === target : requested.hostname === '127.0.0.1') return route.continue();
      abortedUrls.push(requested.href);
      return route.abort();
    });
    if (fakeExcel) await page.addInitScript({ path: join(built.fakeOffice, 'fake-office.js') });
    if (language) await page.addInitScript(speak, language);
    await page.goto(target);
    return page;
  };
  const close = async () => {
    await context.close();
    await new Promise((done) => server.close(done));
    rmSync(workDir, { recursive: true, force: true });
  };
  return { built, workDir, context, pageErrors, abortedUrls, openPage, close };
}

/** In the page, before the pane's script: the browser's language, and Office's when the fake Office is there. */
function speak(language: string): void {
  Object.defineProperty(navigator, 'language', { get: () => language });
  Object.defineProperty(navigator, 'languages', { get: () => [language] });
  const office = (window as unknown as { Office?: { context: { displayLanguage: string } } }).Office;
  if (office) office.context.displayLanguage = language;
}

/** Runs `read` in the page on the fake workbook the pane writes to. */
export function onFakeExcel<T>(page: Page, read: (excel: FakeExcel) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.fakeExcel)`) as Promise<T>;
}

/** The box of `locator` lies wholly inside the window, as laid out now (no scrolling done). */
export async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}
