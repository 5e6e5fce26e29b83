// Internal links. ExcelJS writes a link to 'Sheet'!A1 as a <hyperlink location="…"> but also adds
// an external relationship with the same target, which Excel and LibreOffice then try to open as
// a file. fixInternalLinks drops that relationship and its r:id, leaving the plain in-workbook link.

import type { CellHyperlinkValue } from 'exceljs';
import { sheetCellRef } from '../core/plan/address';
import type { LinkCell } from '../core/plan/workbook-plan';

export function linkValue(cell: LinkCell): CellHyperlinkValue {
  return { text: cell.text, hyperlink: sheetCellRef(cell.sheet, cell.target) };
}

/** Rewrites one worksheet's XML and its relationships XML; returns both unchanged when it has no internal link. */
export function fixInternalLinks(sheetXml: string, relsXml: string): { sheetXml: string; relsXml: string } {
  const internalIds = new Set<string>();
  const fixedSheet = sheetXml.replace(/<hyperlink\b[^>]*\/>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1];
    if (!id || !/\blocation="/.test(element)) return element;
    internalIds.add(id);
    return element.replace(/\s+r:id="[^"]+"/, '');
  });
  if (internalIds.size === 0) return { sheetXml, relsXml };
  const fixedRels = relsXml.replace(/<Relationship\b[^>]*\/>/g, (element) => {
    const id = /\bId="([^"]+)"/.exec(element)?.[1];
    return id && internalIds.has(id) ? '' : element;
  });
  return { sheetXml: fixedSheet, relsXml: fixedRels };
}
