// Internal links read back. The writer makes each 「位置」 link a <hyperlink location="…"> with no
// relationship, which Excel and LibreOffice follow inside the workbook; ExcelJS drops such links when
// loading, so restoreInternalLinks puts them back on the loaded cells.

import type { Workbook } from 'exceljs';
import type JSZip from 'jszip';
import { parseXml } from '../core/text/xml';
import { sheetPaths } from './package-sheets';

/**
 * ExcelJS drops, when loading, every link that has a location and no relationship: exactly the
 * in-workbook links this renderer writes. Put them back on the loaded cells, so that a workbook
 * loaded and saved again (回收汇总 into the combined workbook) keeps its 「位置」 links.
 */
export async function restoreInternalLinks(workbook: Workbook, zip: JSZip): Promise<void> {
  const paths = await sheetPaths(zip);
  for (const worksheet of workbook.worksheets) {
    const path = paths.get(worksheet.name);
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    const fragment = xml && hyperlinksOnly(xml);
    if (!fragment) continue;
    const parsed = parseXml(fragment, path ?? '');
    if (!parsed.ok) continue;
    const links = parsed.value.getElementsByTagName('hyperlink');
    for (let i = 0; i < links.length; i++) {
      const element = links.item(i);
      const ref = element?.getAttribute('ref');
      const location = element?.getAttribute('location');
      if (!element || !ref || !location || element.getAttribute('r:id')) continue;
      const cell = worksheet.getCell(ref.split(':')[0] ?? ref);
      const shown = cell.text;
      cell.value = { text: shown, hyperlink: location };
    }
  }
}

/**
 * The sheet's <hyperlinks> under its root element (for the namespaces), without the cells: a DOM of a
 * whole large sheet (a 2,000-task 责任矩阵) costs hundreds of MB for a few links.
 */
function hyperlinksOnly(xml: string): string | undefined {
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0];
  const start = xml.indexOf('<hyperlinks>');
  const end = xml.indexOf('</hyperlinks>', start);
  if (!root || start < 0 || end < 0) return undefined;
  return `${root}${xml.slice(start, end + '</hyperlinks>'.length)}</worksheet>`;
}
