// Named plan styles → an ExcelJS style. Text cells also get the text number format (@), so that a
// clerk editing one later does not turn 「1-2月」 into a date either.

import type { Style } from 'exceljs';
import type { CellPlan, StyleName, StyleSpec } from '../core/plan/workbook-plan';

const BORDER = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;

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
