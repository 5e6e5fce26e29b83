// Named plan styles painted on ranges with RangeAreas.format (one request per property), and
// Excel's column width in characters turned into the points Office.js takes.

import type { StyleName, StyleSpec } from '../core/plan/workbook-plan';

const BORDER_COLOR = '#BFBFBF';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export function applyStyles(ranges: Excel.RangeAreas, names: readonly StyleName[], specs: Record<StyleName, StyleSpec>, inside: { rows: boolean; columns: boolean }): void {
  const spec = merged(names, specs);
  const format = ranges.format;
  if (spec.bold) format.font.bold = true;
  if (spec.fontSize) format.font.size = spec.fontSize;
  if (spec.fontColor) format.font.color = `#${spec.fontColor}`;
  if (spec.underline) format.font.underline = 'Single';
  if (spec.fill) format.fill.color = `#${spec.fill}`;
  if (spec.wrap) format.wrapText = true;
  if (spec.horizontal) format.horizontalAlignment = spec.horizontal === 'center' ? 'Center' : 'Left';
  if (spec.vertical) format.verticalAlignment = spec.vertical === 'middle' ? 'Center' : 'Top';
  if (spec.border) {
    for (const edge of edgesOf(inside)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = BORDER_COLOR;
    }
  }
}

/** How many requests applyStyles queues for these styles: one per property, three per border edge. */
export function styleRequests(names: readonly StyleName[], specs: Record<StyleName, StyleSpec>, inside: { rows: boolean; columns: boolean }): number {
  const spec = merged(names, specs);
  const properties = [spec.bold, spec.fontSize, spec.fontColor, spec.underline, spec.fill, spec.wrap, spec.horizontal, spec.vertical].filter(Boolean).length;
  return properties + (spec.border ? 3 * edgesOf(inside).length : 0);
}

/** A later style's properties win over an earlier one's, as in the plan. */
function merged(names: readonly StyleName[], specs: Record<StyleName, StyleSpec>): StyleSpec {
  return Object.assign({}, ...names.map((name) => specs[name])) as StyleSpec;
}

/** Inside edges exist only where the range has more than one row or column. */
function edgesOf(inside: { rows: boolean; columns: boolean }): Edge[] {
  const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (inside.rows) edges.push('InsideHorizontal');
  if (inside.columns) edges.push('InsideVertical');
  return edges;
}

/** Excel's column width in characters → points: (characters × 7 px + 5 px padding) × ¾ pt per px. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
