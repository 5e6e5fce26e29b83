// Named plan styles → an ExcelJS style. Text cells also get the text number format (@), so that a
// clerk editing one later does not turn 「1-2月」 into a date either.
//
// sharedStyle gives every cell of one look the same style object: ExcelJS then keeps one object for
// them all instead of one each (a 20,000-task workbook has over two million styled cells) and, when
// writing, finds the style's id by that object instead of rendering its XML again per cell. A shared
// style is never changed in place: a change to one cell (protection.ts) gives that cell a new object.

import type { Style } from 'exceljs';
import type { CellPlan, StyleName, StyleSpec } from '../core/plan/workbook-plan';

const BORDER = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;

const shared = new WeakMap<Record<StyleName, StyleSpec>, Map<string, Partial<Style>>>();

/** excelStyle, one frozen object per look (cell kind's number format and style names) and style table. */
export function sharedStyle(cell: CellPlan, specs: Record<StyleName, StyleSpec>): Partial<Style> {
  let looks = shared.get(specs);
  if (!looks) shared.set(specs, (looks = new Map()));
  const key = `${cell.kind === 'text' || cell.kind === 'link' ? '@' : ''}|${(cell.styles ?? []).join()}`;
  let style = looks.get(key);
  if (!style) looks.set(key, (style = deepFreeze(excelStyle(cell, specs))));
  return style;
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner as object);
  return Object.freeze(value);
}

export function excelStyle(cell: CellPlan, specs: Record<StyleName, StyleSpec>): Partial<Style> {
  const spec: StyleSpec = Object.assign({}, ...(cell.styles ?? []).map((name) => specs[name]));
  const style: Partial<Style> = {};
  if (cell.kind === 'text' || cell.kind === 'link') style.numFmt = '@';
  if (spec.bold || spec.fontSize || spec.fontColor || spec.underline) {
    style.font = {
      ...(spec.bold ? { bold: true } : {}),
      ...(spec.fontSize ? { size: spec.fontSize } : {}),
      ...(spec.fontColor ? { color: { argb: `FF${spec.fontColor}` } } : {}),
      ...(spec.underline ? { underline: true } : {}),
    };
  }
  if (spec.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${spec.fill}` } };
  if (spec.wrap || spec.horizontal || spec.vertical) {
    style.alignment = {
      ...(spec.wrap ? { wrapText: true } : {}),
      ...(spec.horizontal ? { horizontal: spec.horizontal } : {}),
      ...(spec.vertical ? { vertical: spec.vertical } : {}),
    };
  }
  if (spec.border) style.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
  return style;
}
