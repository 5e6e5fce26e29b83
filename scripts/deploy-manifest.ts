// The deployable manifest: manifest.xml points at the development server (https://localhost:3000/);
// `npm run build` runs this after webpack to write dist/manifest.xml with every URL under the base
// URL given in RESPMATRIX_BASE_URL (where dist/ is served), checked against the offline schemas like
// the development one. The <Id> stays the same: Office keeps a workbook's settings per add-in id.
// Without RESPMATRIX_BASE_URL, dist/manifest.xml stays the development manifest, and this says so.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANIFEST_PATH, validateManifest } from './validate-manifest';

export const BASE_URL_VARIABLE = 'RESPMATRIX_BASE_URL';
const DEV_BASE = 'https://localhost:3000/';
const DIST = resolve(__dirname, '..', 'dist');

/** The base URL as the manifest's URLs start: https only (Office loads add-ins over HTTPS), ending in 「/」. */
export function normaliseBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    throw new Error(`${BASE_URL_VARIABLE}「${base}」不是网址 / is not a URL`);
  }
  if (url.protocol !== 'https:') throw new Error(`${BASE_URL_VARIABLE} 必须以 https:// 开头（Office 只从 HTTPS 加载加载项）/ must be https`);
  if (url.search || url.hash) throw new Error(`${BASE_URL_VARIABLE} 不能带查询参数或 # / must have no query or fragment`);
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) throw new Error(`${BASE_URL_VARIABLE} 指向本机，不可部署 / points at this machine`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The development manifest with every URL moved under `base`. */
export function deployableManifest(developmentXml: string, base: string): string {
  const url = normaliseBase(base);
  // The development manifest's opening comment says what it is; this one says what it is instead.
  const note = `<!-- 分工表助手 RespMatrix: deployable manifest for ${url}, written by npm run build from manifest.xml (edit that one). -->`;
  const deployed = developmentXml.replace(/<!--[\s\S]*?-->/, note).split(DEV_BASE).join(url);
  if (/localhost/.test(deployed.replace(/<!--[\s\S]*?-->/g, ''))) throw new Error('manifest.xml has a localhost URL outside https://localhost:3000/');
  return deployed;
}

/** Writes dist/manifest.xml for the base URL in `env`, validated; the message says what was written. */
export async function writeDeployableManifest(env: NodeJS.ProcessEnv, dist = DIST): Promise<string> {
  const base = env[BASE_URL_VARIABLE];
  const target = join(dist, 'manifest.xml');
  if (!base) return `${BASE_URL_VARIABLE} 未设置：${target} 是开发用清单（${DEV_BASE}）。/ not set: ${target} is the development manifest.`;
  const xml = deployableManifest(readFileSync(MANIFEST_PATH, 'utf8'), base);
  const check = await validateManifest(xml);
  if (!check.valid) throw new Error(`deployable manifest failed validation:\n${check.errors.join('\n')}`);
  writeFileSync(target, xml);
  return `已写入可部署的清单 / wrote ${target} for ${normaliseBase(base)}`;
}

if (require.main === module) {
  writeDeployableManifest(process.env).then(
    (message) => process.stdout.write(`${message}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
