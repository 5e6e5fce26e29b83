// The last pass over the zip ExcelJS wrote: every entry gets the same fixed date (JSZip stamps
// the current time, so two runs would differ), internal links are cleaned (see links.ts), and every
// entry is deflated here, once.

import JSZip from 'jszip';
import { fixInternalLinks } from './links';

/**
 * What ExcelJS is asked to write: an uncompressed zip, since finishPackage unpacks and deflates every
 * entry again anyway (deflating twice and inflating once was a fifth of a 20,000-row build).
 */
export const UNCOMPRESSED = { zip: { compression: 'STORE' } } as const;

/** Also the workbook's created/modified date: output depends on the plan only. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

const SHEET = /^xl\/worksheets\/(sheet\d+\.xml)$/;

export async function finishPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(bytes);
  const output = new JSZip();
  const texts = new Map<string, string>();
  for (const name of Object.keys(input.files)) {
    const entry = input.files[name];
    if (entry && !entry.dir && (SHEET.test(name) || name.endsWith('.rels'))) texts.set(name, await entry.async('string'));
  }
  for (const [name, xml] of texts) {
    const sheet = SHEET.exec(name)?.[1];
    const relsName = `xl/worksheets/_rels/${sheet}.rels`;
    const rels = texts.get(relsName);
    if (!sheet || rels === undefined) continue;
    const fixed = fixInternalLinks(xml, rels);
    texts.set(name, fixed.sheetXml);
    texts.set(relsName, fixed.relsXml);
  }
  for (const name of Object.keys(input.files)) {
    const entry = input.files[name];
    if (!entry || entry.dir) continue;
    const content = texts.get(name) ?? (await entry.async('uint8array'));
    output.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return output.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
