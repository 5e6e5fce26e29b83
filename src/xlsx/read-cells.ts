// The text of a workbook's sheets read straight from the package's XML, without ExcelJS: the shared
// strings, each sheet's <sheetData>, and the number formats that tell a date. ExcelJS builds an
// object per cell and per style for a whole workbook to give the same text; 回收汇总 reads two
// hundred returns and the combined workbook, so it reads this way, one part at a time. Each cell
// reads as ExcelJS + cellText (read-workbook.ts) would show it: a date as its ISO day, a number as
// JavaScript writes it, a boolean as true/false, an error as its code, a formula as its last result.

import type JSZip from 'jszip';
import { isDateFormat } from '../excel/cell-texts';
import { sheetPaths } from './package-sheets';
import { attributeOf, decodeXml } from './parts/xml-text';

export interface SheetText {
  name: string;
  cells: string[][];
}

/** Number format ids Excel keeps built in that show a date (14–22; the East Asian 27–36 and 50–58; 45–47 times). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const DAY_MS = 86_400_000;

interface Context {
  strings: string[];
  /** Per cell format (s="N"): whether it shows a date. */
  dates: boolean[];
  date1904: boolean;
}

export async function readSheetTexts(zip: JSZip): Promise<SheetText[]> {
  const context = await readContext(zip);
  const sheets: SheetText[] = [];
  for (const [name, path] of await sheetPaths(zip)) {
    const xml = await zip.file(path)?.async('string');
    sheets.push({ name, cells: xml === undefined ? [] : sheetCells(xml, context) });
  }
  return sheets;
}

/** When the package says it was last saved (docProps/core.xml), if it says. */
export async function modifiedAt(zip: JSZip): Promise<Date | undefined> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const text = core && /<dcterms:modified\b[^>]*>([^<]+)</.exec(core)?.[1];
  const date = text ? new Date(text.trim()) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

async function readContext(zip: JSZip): Promise<Context> {
  const [shared, styles, book] = await Promise.all(['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml'].map((p) => zip.file(p)?.async('string')));
  const strings = [...(shared ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? ''));
  return { strings, dates: dateFormats(styles ?? ''), date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(book ?? '') };
}

function dateFormats(styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*?\bnumFmtId="(\d+)"[^>]*?\bformatCode="([^"]*)"/g)) custom.set(Number(m[1]), decodeXml(m[2] ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    return BUILT_IN_DATES.has(id) || isDateFormat(custom.get(id));
  });
}

export function sheetCells(xml: string, context: Context): string[][] {
  const rows: string[][] = [];
  let width = 0;
  let nextRow = 1;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attributeOf(row[1] ?? '', 'r') ?? nextRow);
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? '';
      const ref = attributeOf(attributes, 'r');
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      cells[column] = cellText(attributes, cell[2] ?? '', context);
    }
    width = Math.max(width, cells.length);
    rows[number - 1] = cells;
  }
  return Array.from(rows, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? ''));
}

function cellText(attributes: string, body: string, context: Context): string {
  const type = attributeOf(attributes, 't');
  if (type === 'inlineStr') return runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'str':
    case 'e':
      return decodeXml(value);
    case 'b':
      return value === '1' ? 'true' : 'false';
    case 'd':
      return decodeXml(value).slice(0, 10);
  }
  const number = Number(value);
  if (context.dates[Number(attributeOf(attributes, 's') ?? 0)] && Number.isFinite(number)) {
    const days = number - 25569 + (context.date1904 ? 1462 : 0);
    return new Date(Math.round(days * DAY_MS)).toISOString().slice(0, 10);
  }
  return String(number);
}

/** The text of a string item: its <t> runs, without phonetic guides (<rPh>). */
function runText(xml: string): string {
  const texts = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g);
  let text = '';
  for (const t of texts) text += decodeXml(t[1] ?? '');
  return text;
}


function columnIndex(ref: string): number {
  let column = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? 'A') column = column * 26 + ch.charCodeAt(0) - 64;
  return column - 1;
}
