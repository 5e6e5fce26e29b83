// Some sheets of an existing workbook replaced by planned ones, in its package: 回收汇总 takes the
// combined workbook (or last month's result), drops its old 督办 sheets and appends new ones, and
// leaves every other part as it was, byte for byte: the clerk's own sheets, charts and pivot tables
// included. Only the parts that list sheets change (workbook.xml, its relationships, the content
// types, styles.xml for the new sheets' looks, and calcChain.xml, dropped, which Excel rebuilds).
// The new sheets hold their text inline, numbers and names of new parts follow the largest in use.

import JSZip from 'jszip';
import type { WorkbookPlan } from '../core/plan/workbook-plan';
import { FIXED_DATE } from './render-xlsx';
import { sheetPaths } from './package-sheets';
import { INLINE_STRINGS } from './parts/shared-strings';
import { StyleSheet } from './parts/style-sheet';
import { addWorksheet, OFFICE_RELS, printTitles, ZIP_OPTIONS } from './parts/worksheet-parts';
import { attributeOf, decodeXml, escapeXml } from './parts/xml-text';

const BOOK = 'xl/workbook.xml';
const BOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

interface BookSheet {
  element: string;
  name: string;
  sheetId: number;
  relId: string;
}

/** Thrown when the package lacks a part every workbook has; the caller names the file. */
export class UnusablePackage extends Error {}

export async function replaceSheets(zip: JSZip, remove: ReadonlySet<string>, plan: WorkbookPlan): Promise<Uint8Array> {
  const text = async (path: string) => {
    const found = await zip.file(path)?.async('string');
    if (found === undefined) throw new UnusablePackage(`no ${path}`);
    return found;
  };
  let book = await text(BOOK);
  let bookRels = await text(BOOK_RELS);
  let types = await text(CONTENT_TYPES);
  const targets = relationshipTargets(bookRels, 'xl/');
  const sheets: BookSheet[] = [...book.matchAll(/<sheet\b[^>]*?\/>/g)].map(([element]) => ({
    element,
    name: decodeXml(attributeOf(element, 'name') ?? ''),
    sheetId: Number(attributeOf(element, 'sheetId') ?? 0),
    relId: attributeOf(element, 'r:id') ?? '',
  }));
  const dropped = new Set(sheets.filter((s) => remove.has(s.name)));
  const droppedParts: string[] = [];
  for (const sheet of dropped) {
    const path = targets.get(sheet.relId);
    if (!path) continue;
    const rels = relsPath(path);
    const own = await zip.file(rels)?.async('string');
    if (own !== undefined) {
      for (const [, target] of relationshipTargets(own, path.replace(/[^/]*$/, ''))) if (zip.file(target)) droppedParts.push(target);
      droppedParts.push(rels);
    }
    droppedParts.push(path);
    book = book.replace(sheet.element, '');
    bookRels = bookRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${sheet.relId}"[^>]*/>`), '');
  }
  if (dropped.size > 0) {
    for (const [id, target] of targets) if (target === 'xl/calcChain.xml') bookRels = bookRels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), '');
    droppedParts.push('xl/calcChain.xml');
  }
  for (const part of droppedParts) {
    zip.remove(part);
    types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`), '');
  }
  book = reindexDefinedNames(book, sheets.map((s) => !dropped.has(s)));
  book = book.replace(/\s(activeTab|firstSheet)="\d+"/g, '');

  const names = Object.keys(zip.files);
  const next = (pattern: RegExp) => Math.max(0, ...names.map((n) => Number(pattern.exec(n)?.[1] ?? 0))) + 1;
  let sheetNumber = next(/^xl\/worksheets\/sheet(\d+)\.xml$/);
  let tableNumber = next(/^xl\/tables\/table(\d+)\.xml$/);
  let notesNumber = Math.max(next(/^xl\/comments(\d+)\.xml$/), next(/^xl\/drawings\/vmlDrawing(\d+)\.vml$/));
  let tableId = (await largestIn(zip, /^xl\/tables\/.*\.xml$/, /<table\b[^>]*?\sid="(\d+)"/g)) + 1;
  let noteBlock = (await largestIn(zip, /\.vml$/, /<o:idmap\b[^>]*?data="([\d,\s]+)"/g)) + 1;
  let relNumber = Math.max(0, ...[...bookRels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  let position = sheets.length - dropped.size;

  const stylesPath = [...targets.values()].find((t) => /styles\.xml$/.test(t)) ?? 'xl/styles.xml';
  const styles = new StyleSheet(plan.styles, await text(stylesPath));
  const add = (name: string, content: string | Uint8Array) => zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  const newSheets: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const titles: string[] = [];
  for (const sheet of plan.sheets) {
    const n = sheetNumber;
    const numbers = { sheet: sheetNumber++, table: tableNumber, tableId, notes: notesNumber, noteBlock };
    const added = addWorksheet(add, sheet, numbers, INLINE_STRINGS, styles);
    newTypes.push(...added.overrides);
    if (added.usedTable) {
      tableNumber++;
      tableId++;
    }
    if (added.noteBlocks > 0) notesNumber++;
    noteBlock += added.noteBlocks;
    const relId = `rId${relNumber++}`;
    newRels.push(`<Relationship Id="${relId}" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    newSheets.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId++}" r:id="${relId}"/>`);
    titles.push(printTitles(sheet, position++));
  }

  add(stylesPath, styles.appendTo(await text(stylesPath)));
  book = book.replace('</sheets>', `${newSheets.join('')}</sheets>`);
  if (titles.some(Boolean)) book = /<\/definedNames>/.test(book) ? book.replace('</definedNames>', `${titles.join('')}</definedNames>`) : book.replace('</sheets>', `</sheets><definedNames>${titles.join('')}</definedNames>`);
  add(BOOK, book);
  add(BOOK_RELS, bookRels.replace('</Relationships>', `${newRels.join('')}</Relationships>`));
  if (!/<Default\b[^>]*Extension="vml"/i.test(types)) newTypes.unshift('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
  add(CONTENT_TYPES, types.replace('</Types>', `${newTypes.join('')}</Types>`));
  return zip.generateAsync(ZIP_OPTIONS);
}

/** The names of the Excel tables on each sheet (by sheet name), from each sheet's relationships. */
export async function tableNamesBySheet(zip: JSZip): Promise<Map<string, string[]>> {
  const tables = new Map<string, string[]>();
  for (const [sheet, path] of await sheetPaths(zip)) {
    const rels = await zip.file(relsPath(path))?.async('string');
    const names: string[] = [];
    for (const target of relationshipTargets(rels ?? '', path.replace(/[^/]*$/, '')).values()) {
      if (!/\/tables\/[^/]+\.xml$/.test(target)) continue;
      const name = attributeOf(/<table\b[^>]*>/.exec((await zip.file(target)?.async('string')) ?? '')?.[0] ?? '', 'name');
      if (name) names.push(decodeXml(name));
    }
    tables.set(sheet, names);
  }
  return tables;
}

/** Relationship id → the package path of its target, for targets inside the package. */
function relationshipTargets(rels: string, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [element] of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const id = attributeOf(element, 'Id');
    const target = attributeOf(element, 'Target');
    if (!id || !target || attributeOf(element, 'TargetMode') === 'External') continue;
    targets.set(id, resolvePath(base, decodeXml(target)));
  }
  return targets;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** Sheet-local defined names (print titles, filters) follow their sheet to its new position, or go with it. */
function reindexDefinedNames(book: string, kept: boolean[]): string {
  const newIndex: Array<number | undefined> = [];
  let at = 0;
  for (const keep of kept) newIndex.push(keep ? at++ : undefined);
  return book.replace(/<definedName\b[^>]*?\blocalSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (element, index: string) => {
    const moved = newIndex[Number(index)];
    return moved === undefined ? '' : element.replace(/\blocalSheetId="\d+"/, `localSheetId="${moved}"`);
  }).replace(/<definedNames>\s*<\/definedNames>/, '');
}

async function largestIn(zip: JSZip, parts: RegExp, values: RegExp): Promise<number> {
  let largest = 0;
  for (const name of Object.keys(zip.files).filter((n) => parts.test(n))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    for (const m of xml.matchAll(values)) for (const n of (m[1] ?? '').split(',')) largest = Math.max(largest, Number(n.trim()) || 0);
  }
  return largest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
