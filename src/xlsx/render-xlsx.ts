// WorkbookPlan → .xlsx bytes, writing the package's XML parts directly (parts/): each sheet is
// turned into text row by row and handed to the zip, so a 20,000-task workbook never holds a cell
// object per cell, as an ExcelJS workbook does (over 2 GB for that plan). Parts are numbered and
// named as ExcelJS names them (sheetN.xml, tables/tableN.xml in sheet order), and every entry
// carries one fixed date, so the same plan gives the same bytes whatever the clock says.

import JSZip from 'jszip';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { SharedStrings } from './parts/shared-strings';
import { StyleSheet } from './parts/style-sheet';
import { THEME_PART, THEME_XML } from './parts/theme-part';
import { addWorksheet, OFFICE_RELS, override, PACKAGE_RELS, printTitles, relationships, TYPES, ZIP_OPTIONS } from './parts/worksheet-parts';
import { escapeXml, MAIN_NS, REL_NS, XML_HEADER } from './parts/xml-text';

const CREATOR = '分工表助手 RespMatrix';
/** Every entry's date and the workbook's created/modified date: output depends on the plan only. */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

export async function renderXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (name: string, xml: string | Uint8Array) => zip.file(name, xml, { date: FIXED_DATE, createFolders: false });
  const strings = new SharedStrings();
  const styles = new StyleSheet(plan.styles);
  const overrides: string[] = [];
  let tables = 0;
  let noteBlocks = 1;

  plan.sheets.forEach((sheet, i) => {
    const numbers = { sheet: i + 1, table: tables + 1, tableId: tables + 1, notes: i + 1, noteBlock: noteBlocks };
    const added = addWorksheet(add, sheet, numbers, strings, styles);
    overrides.push(...added.overrides);
    if (added.usedTable) tables++;
    noteBlocks += added.noteBlocks;
  });

  add('xl/sharedStrings.xml', strings.xml());
  add('xl/styles.xml', styles.xml());
  add(THEME_PART, THEME_XML);
  add('xl/workbook.xml', workbookXml(plan));
  add(
    'xl/_rels/workbook.xml.rels',
    relationships([
      { type: `${OFFICE_RELS}/styles`, target: 'styles.xml' },
      { type: `${OFFICE_RELS}/sharedStrings`, target: 'sharedStrings.xml' },
      ...plan.sheets.map((_, i) => ({ type: `${OFFICE_RELS}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
      // After the sheets, whose ids workbook.xml counts from rId3.
      { type: `${OFFICE_RELS}/theme`, target: 'theme/theme1.xml' },
    ]),
  );
  add('docProps/core.xml', coreXml());
  add('docProps/app.xml', `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(CREATOR)}</Application></Properties>`);
  add(
    '_rels/.rels',
    relationships([
      { type: `${OFFICE_RELS}/officeDocument`, target: 'xl/workbook.xml' },
      { type: `${PACKAGE_RELS}/metadata/core-properties`, target: 'docProps/core.xml' },
      { type: `${OFFICE_RELS}/extended-properties`, target: 'docProps/app.xml' },
    ]),
  );
  add(
    '[Content_Types].xml',
    `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      override('/xl/workbook.xml', `${TYPES}.sheet.main+xml`) +
      override('/xl/styles.xml', `${TYPES}.styles+xml`) +
      override('/xl/sharedStrings.xml', `${TYPES}.sharedStrings+xml`) +
      override(`/${THEME_PART}`, 'application/vnd.openxmlformats-officedocument.theme+xml') +
      overrides.join('') +
      override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
      '</Types>',
  );
  return zip.generateAsync(ZIP_OPTIONS);
}

/** Sheets in order; each sheet's repeated header rows as its _xlnm.Print_Titles. */
function workbookXml(plan: WorkbookPlan): string {
  const sheets = plan.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`);
  const titles = plan.sheets.map(printTitles).join('');
  return (
    `${XML_HEADER}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews>` +
    `<sheets>${sheets.join('')}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`
  );
}

function coreXml(): string {
  const date = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeXml(CREATOR)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`
  );
}
