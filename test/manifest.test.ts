import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { MANIFEST_PATH, validateManifest } from '../scripts/validate-manifest';

const OFFICE_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BASIC_TYPES = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const URL_PREFIX = 'https://localhost:3000/';

const manifestText = readFileSync(MANIFEST_PATH, 'utf8');
const manifest: Document = new DOMParser().parseFromString(manifestText, 'text/xml');

function all(namespace: string, name: string, within: Document | Element = manifest): Element[] {
  return Array.from(within.getElementsByTagNameNS(namespace, name));
}

function only(namespace: string, name: string): Element {
  const found = all(namespace, name);
  expect(found).toHaveLength(1);
  return found[0];
}

function resource(kind: 'Image' | 'String' | 'Url', id: string): Element {
  const found = all(BASIC_TYPES, kind).filter((element) => element.getAttribute('id') === id);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectIcon(url: string, size: number): void {
  expect(url.startsWith(`${URL_PREFIX}assets/`)).toBe(true);
  const file = join(__dirname, '..', url.slice(URL_PREFIX.length));
  expect(pngSize(file)).toEqual({ width: size, height: size });
}

/** The manifest text with one element removed: the first match of each [namespace, name] step, descending. */
function without(...path: Array<[string, string]>): string {
  const copy = new DOMParser().parseFromString(manifestText, 'text/xml');
  let found: Document | Element | undefined = copy;
  for (const [namespace, name] of path) found = found && all(namespace, name, found).at(0);
  if (!found?.parentNode) throw new Error(`manifest has no ${path.map(([, name]) => name).join('/')}`);
  found.parentNode.removeChild(found);
  return copy.toString();
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas', async () => {
    const check = await validateManifest(manifestText);
    expect(check.errors).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it('fails validation when the required Permissions element is removed', async () => {
    const check = await validateManifest(without([OFFICE_APP, 'Permissions']));
    expect(check.valid).toBe(false);
    expect(check.errors.join('\n')).toMatch(/Permissions/);
  });

  it('fails validation when the ribbon button loses its label, so the version overrides are checked too', async () => {
    const check = await validateManifest(without([OVERRIDES, 'Control'], [OVERRIDES, 'Label']));
    expect(check.valid).toBe(false);
  });

  it('is a task-pane add-in for Excel workbooks that may read and write the document', () => {
    expect(manifest.documentElement?.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(all(OFFICE_APP, 'Host').map((host) => host.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all(OVERRIDES, 'Host').map((host) => host.getAttributeNS(XSI, 'type'))).toEqual(['Workbook']);
    expect(only(OFFICE_APP, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.10, the set that brings cell comments', () => {
    const sets = all(OFFICE_APP, 'Set').map((set) => [set.getAttribute('Name'), set.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.10']]);
  });

  it('defaults to Chinese and overrides the display name in English', () => {
    expect(only(OFFICE_APP, 'DefaultLocale').textContent).toBe('zh-CN');
    const displayName = only(OFFICE_APP, 'DisplayName');
    expect(displayName.getAttribute('DefaultValue')).toBe('分工表助手');
    expect(all(OFFICE_APP, 'Override', displayName).map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
  });

  it('opens the pane from localhost:3000 both by default and from the ribbon', () => {
    const source = all(OFFICE_APP, 'SourceLocation').map((element) => element.getAttribute('DefaultValue'));
    expect(source).toEqual([`${URL_PREFIX}taskpane.html`]);
    const paneUrlId = only(OVERRIDES, 'Action').getElementsByTagNameNS(OVERRIDES, 'SourceLocation')[0].getAttribute('resid');
    expect(resource('Url', paneUrlId ?? '').getAttribute('DefaultValue')).toBe(`${URL_PREFIX}taskpane.html`);
  });

  it('puts a button labelled 分工表助手 on the Home tab that shows the task pane', () => {
    expect(only(OVERRIDES, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    const button = only(OVERRIDES, 'Control');
    expect(button.getAttributeNS(XSI, 'type')).toBe('Button');
    const labelId = all(OVERRIDES, 'Label', button)[0].getAttribute('resid') ?? '';
    expect(resource('String', labelId).getAttribute('DefaultValue')).toBe('分工表助手');
    expect(only(OVERRIDES, 'Action').getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
  });

  it('points every icon at a PNG in assets/ of the stated pixel size', () => {
    expectIcon(only(OFFICE_APP, 'IconUrl').getAttribute('DefaultValue') ?? '', 32);
    expectIcon(only(OFFICE_APP, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64);
    const uses = all(BASIC_TYPES, 'Image').filter((image) => image.hasAttribute('size'));
    expect(uses.length).toBeGreaterThanOrEqual(6);
    for (const use of uses) {
      const url = resource('Image', use.getAttribute('resid') ?? '').getAttribute('DefaultValue') ?? '';
      expectIcon(url, Number(use.getAttribute('size')));
    }
  });
});
