// Where each sheet of a package is: workbook.xml names the sheets in order, its relationships
// name their parts.

import type JSZip from 'jszip';
import { parseXml } from '../core/text/xml';

/** Sheet name → its part in the package, from workbook.xml and its relationships. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  const book = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!book || !rels) return paths;
  const parsedBook = parseXml(book, 'xl/workbook.xml');
  const parsedRels = parseXml(rels, 'xl/_rels/workbook.xml.rels');
  if (!parsedBook.ok || !parsedRels.ok) return paths;
  const targets = new Map<string, string>();
  const relationships = parsedRels.value.getElementsByTagName('Relationship');
  for (let i = 0; i < relationships.length; i++) {
    const r = relationships.item(i);
    const target = r?.getAttribute('Target');
    if (r && target) targets.set(r.getAttribute('Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = parsedBook.value.getElementsByTagName('sheet');
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets.item(i);
    const target = targets.get(sheet?.getAttribute('r:id') ?? '');
    if (sheet && target) paths.set(sheet.getAttribute('name') ?? '', target);
  }
  return paths;
}
