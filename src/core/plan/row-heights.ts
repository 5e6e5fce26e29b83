// Row heights from the text a row holds. Neither LibreOffice nor every Excel grows a row for
// wrapped text when opening a generated file, so the plan says how tall each row should be:
// the most lines any wrapped cell needs at its column width, a CJK character taking two units.

import type { CellPlan, SheetDraft, SheetPlan, StyleName, StyleSpec } from './workbook-plan';

const DEFAULT_FONT_POINTS = 11;
/** Line height as a multiple of the font size, enough for CJK fallback fonts. */
const LINE_FACTOR = 1.35;
/** Excel's largest row height. */
const MAX_POINTS = 409;

export function fitRowHeights(sheet: SheetDraft, styles: Record<StyleName, StyleSpec>): SheetPlan {
  const spans = new Map(sheet.merges.filter((m) => m.top === m.bottom).map((m) => [`${m.top}/${m.left}`, m.right - m.left + 1]));
  // One merged spec per list of style names: a large sheet has millions of cells and a few looks.
  const specs = new Map<string, StyleSpec>();
  const specOf = (names: readonly StyleName[] = []): StyleSpec => {
    const key = names.join();
    let spec = specs.get(key);
    if (!spec) specs.set(key, (spec = Object.assign({}, ...names.map((name) => styles[name])) as StyleSpec));
    return spec;
  };
  const rowHeights = sheet.rows.map((row, r) => {
    const heights = row.map((cell, c) => {
      if (!cell) return 0;
      const spec = specOf(cell.styles);
      const span = spans.size > 0 ? (spans.get(`${r}/${c}`) ?? 1) : 1;
      const width = span === 1 ? (sheet.columns[c] ?? 0) : sheet.columns.slice(c, c + span).reduce((a, b) => a + b, 0);
      const lines = spec.wrap ? linesNeeded(textOf(cell), width) : 1;
      return lines * (spec.fontSize ?? DEFAULT_FONT_POINTS) * LINE_FACTOR;
    });
    return Math.min(MAX_POINTS, Math.ceil(Math.max(DEFAULT_FONT_POINTS * LINE_FACTOR, ...heights)));
  });
  return { ...sheet, rowHeights };
}

function textOf(cell: CellPlan): string {
  return cell.kind === 'text' || cell.kind === 'link' ? cell.text : '';
}

/** Lines a text wraps to in a column `width` characters wide (one unit kept for the cell's padding). */
export function linesNeeded(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(displayWidth(paragraph) / usable)), 0);
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}
