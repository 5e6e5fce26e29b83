// One planned sheet as worksheet XML, written row by row into bytes: no cell object is made, so a
// 20,000-task 责任矩阵 (over a million cells) costs its bytes and little else. Elements follow the
// order the schema (CT_Worksheet) requires. As the ExcelJS writer that came before wrote the same
// plan: a merged area's other cells take its first cell's look, cells of an editable range are
// unlocked even where the plan has none, a link is a location-only <hyperlink> (no relationship, so
// no program tries to open it as a file), and a table's header cell holds its column's name.

import { cellA1, columnLetters, rangeA1, sheetCellRef } from '../../core/plan/address';
import type { CellPlan, CellRange, SheetPlan } from '../../core/plan/workbook-plan';
import { ByteSink } from './byte-sink';
import type { Note } from './note-parts';
import type { CellStrings } from './shared-strings';
import type { StyleSheet } from './style-sheet';
import { tableHeaderName } from './table-part';
import { escapeXml, MAIN_NS, REL_NS, XML_HEADER } from './xml-text';

/** What the worksheet refers to by relationship id, which the package writer numbers (rId1…). */
export interface SheetRelations {
  comments?: string;
  vmlDrawing?: string;
  table?: string;
}

export interface SheetPart {
  /** The worksheet XML as UTF-8. */
  bytes: Uint8Array;
  notes: Note[];
}

const MARGINS = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
const A4 = 9;

/** `relate`: the relationship ids, asked for once the rows are written and it is known whether there are notes. */
export function sheetPart(sheet: SheetPlan, strings: CellStrings, styles: StyleSheet, relate: (withNotes: boolean) => SheetRelations): SheetPart {
  const width = sheetWidth(sheet);
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const height = Math.max(sheet.rows.length, sheet.rowHeights.length);
  const mergedLook = mergedCells(sheet);
  const editable = sheet.protection?.editable ?? [];
  const notes: Note[] = [];
  const links: string[] = [];
  const table = sheet.table;

  const out = new ByteSink();
  out.write(
    [
      `${XML_HEADER}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
      sheet.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
      `<dimension ref="${height > 0 && width > 0 ? rangeA1({ top: 0, left: 0, bottom: height - 1, right: width - 1 }) : 'A1'}"/>`,
      sheetViews(sheet),
      '<sheetFormatPr defaultRowHeight="15"/>',
      columns(sheet),
      '<sheetData>',
    ].join(''),
  );
  /** ` s="N"` by style id, made once per id rather than once per cell. */
  const styleAttributes: string[] = [];
  for (let r = 0; r < height; r++) {
    const row = sheet.rows[r] ?? [];
    const rowHeight = sheet.rowHeights[r];
    const headerRow = table !== undefined && r === table.range.top;
    let cells = '';
    for (let c = 0; c < width; c++) {
      const master = mergedLook.size > 0 ? mergedLook.get(r * width + c) : undefined;
      const planned = master === undefined ? (row[c] ?? null) : null;
      const unlocked = editable.length > 0 && editable.some((range) => inside(range, r, c));
      const look = master ?? planned;
      const inHeader = headerRow && c >= table.range.left && c <= table.range.right;
      if (!look && !unlocked && !inHeader) continue;
      const ref = letters[c] + (r + 1);
      const style = styles.id(look, unlocked);
      const s = (styleAttributes[style] ??= style === 0 ? '' : ` s="${style}"`);
      const headerName = inHeader ? tableHeaderName(sheet, table, c) : undefined;
      if (headerName !== undefined && (planned === null || planned.kind === 'blank')) {
        cells += `<c r="${ref}"${s}${strings.cell(headerName)}</c>`;
      } else if (planned?.kind === 'text' || planned?.kind === 'link') {
        cells += `<c r="${ref}"${s}${strings.cell(planned.text)}</c>`;
      } else if (planned?.kind === 'number') {
        cells += `<c r="${ref}"${s}><v>${planned.value}</v></c>`;
      } else {
        cells += `<c r="${ref}"${s}/>`;
      }
      if (planned?.kind === 'link') links.push(`<hyperlink ref="${ref}" location="${escapeXml(sheetCellRef(planned.sheet, planned.target))}"/>`);
      if (planned?.note) notes.push({ ref, row: r, column: c, text: planned.note });
    }
    if (cells === '' && rowHeight === undefined) continue;
    const ht = rowHeight === undefined ? '' : ` ht="${rowHeight}" customHeight="1"`;
    out.write(cells === '' ? `<row r="${r + 1}"${ht}/>` : `<row r="${r + 1}"${ht}>${cells}</row>`);
  }

  const relations = relate(notes.length > 0);
  const tail = [
    '</sheetData>',
    sheet.protection ? '<sheetProtection sheet="1" formatColumns="0" formatRows="0" autoFilter="0"/>' : '',
    sheet.merges.length > 0 ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join('')}</mergeCells>` : '',
    validations(sheet),
    links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    MARGINS,
    pageSetup(sheet),
    relations.vmlDrawing ? `<legacyDrawing r:id="${relations.vmlDrawing}"/>` : '',
    relations.table ? `<tableParts count="1"><tablePart r:id="${relations.table}"/></tableParts>` : '',
    '</worksheet>',
  ];
  out.write(tail.join(''));
  return { bytes: out.bytes(), notes };
}

/** Every merged cell but the first of its area → the first cell's plan, whose look it takes. */
function mergedCells(sheet: SheetPlan): Map<number, CellPlan | null> {
  const width = sheetWidth(sheet);
  const looks = new Map<number, CellPlan | null>();
  for (const m of sheet.merges) {
    const master = sheet.rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) looks.set(r * width + c, master);
    }
  }
  return looks;
}

/** Columns in use; a loop, since spreading 200,000 row lengths into Math.max overflows the stack. */
function sheetWidth(sheet: SheetPlan): number {
  let width = sheet.columns.length;
  for (const row of sheet.rows) width = Math.max(width, row.length);
  return width;
}

function inside(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

function sheetViews(sheet: SheetPlan): string {
  const { rows, columns } = sheet.frozen;
  if (rows === 0 && columns === 0) return '';
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  const topLeft = cellA1({ row: rows, column: columns });
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function columns(sheet: SheetPlan): string {
  if (sheet.columns.length === 0) return '';
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const cols = sheet.columns.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}"${hidden.has(i) ? ' hidden="1"' : ''} customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

/** Dropdown lists, written inline ("待处理,已确认,忽略"), which Excel and LibreOffice both read. */
function validations(sheet: SheetPlan): string {
  if (sheet.validations.length === 0) return '';
  const items = sheet.validations.map(({ range, values }) => {
    const sqref = range.top === range.bottom && range.left === range.right ? cellA1({ row: range.top, column: range.left }) : rangeA1(range);
    const list = `"${values.join(',').replace(/"/g, '""')}"`;
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="请从列表中选择" error="${escapeXml(`可选：${values.join('、')}`)}" sqref="${sqref}"><formula1>${escapeXml(list)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function pageSetup(sheet: SheetPlan): string {
  const { orientation, fitToWidth } = sheet.print;
  return `<pageSetup paperSize="${A4}" orientation="${orientation}"${fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
}
