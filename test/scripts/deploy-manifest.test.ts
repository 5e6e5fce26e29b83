// The deployable manifest `npm run build` writes: every URL under RESPMATRIX_BASE_URL, a SupportUrl,
// the development manifest's <Id>, and valid against the same offline schemas.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { deployableManifest, writeDeployableManifest } from '../../scripts/deploy-manifest';
import { MANIFEST_PATH, validateManifest } from '../../scripts/validate-manifest';

const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BASE = 'https://oa.example.gov.cn/addins/respmatrix/';
const development = readFileSync(MANIFEST_PATH, 'utf8');

/** Every URL the manifest gives Office (icons, pages, support), namespaces aside. */
function urls(xml: string): string[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((match) => match[1] ?? '');
}

const idOf = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(OFFICE_APP, 'Id')[0]?.textContent;
const supportOf = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(OFFICE_APP, 'SupportUrl')[0]?.getAttribute('DefaultValue');

describe('the deployable manifest', () => {
  test('moves every URL under the base URL, keeps the <Id>, has a SupportUrl, and is valid against the schemas', async () => {
    const deployed = deployableManifest(development, BASE);
    expect(urls(deployed).length).toBe(urls(development).length);
    expect(urls(deployed).length).toBeGreaterThanOrEqual(8);
    expect(urls(deployed).every((url) => url.startsWith(BASE))).toBe(true);
    expect(deployed).not.toMatch(/localhost/);
    expect(deployed).toContain(`deployable manifest for ${BASE}`);
    expect(deployed).not.toContain('development manifest');
    expect(idOf(deployed)).toBe(idOf(development));
    expect(supportOf(deployed)).toBe(`${BASE}support.html`);
    expect(await validateManifest(deployed)).toEqual({ valid: true, errors: [] });
  });

  test('takes a base URL without its final slash', () => {
    expect(urls(deployableManifest(development, BASE.slice(0, -1))).every((url) => url.startsWith(BASE))).toBe(true);
  });

  test.each([
    ['http://oa.example.gov.cn/respmatrix/', 'https'],
    ['https://localhost:3000/', '本机'],
    ['oa.example.gov.cn/respmatrix', '不是网址'],
    ['https://oa.example.gov.cn/respmatrix/?v=1', '查询参数'],
  ])('refuses the base URL %s', (base, reason) => {
    expect(() => deployableManifest(development, base)).toThrow(reason);
  });

  test('is written to dist/manifest.xml from RESPMATRIX_BASE_URL; without it the development manifest stays and the build says so', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'respmatrix-dist-'));
    try {
      writeFileSync(join(dist, 'manifest.xml'), development);
      expect(await writeDeployableManifest({}, dist)).toMatch(/^RESPMATRIX_BASE_URL 未设置/);
      expect(readFileSync(join(dist, 'manifest.xml'), 'utf8')).toBe(development);
      await writeDeployableManifest({ RESPMATRIX_BASE_URL: BASE }, dist);
      expect(existsSync(join(dist, 'manifest.xml'))).toBe(true);
      expect(urls(readFileSync(join(dist, 'manifest.xml'), 'utf8')).every((url) => url.startsWith(BASE))).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the development manifest', () => {
  test('has a SupportUrl: the help page the build puts beside the pane', () => {
    expect(supportOf(development)).toBe('https://localhost:3000/support.html');
    expect(existsSync(join(__dirname, '../../src/taskpane/support.html'))).toBe(true);
  });
});
