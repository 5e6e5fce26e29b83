// Constructors for plan cells, so that sheet builders read as a list of values.

import type { BlankCell, CellAddress, CellPlan, LinkCell, NumberCell, StyleName } from './workbook-plan';

/** Document text: an empty string becomes a blank cell, so no renderer writes an empty string value. */
export function text(value: string, styles?: StyleName[], note?: string): CellPlan {
  if (value === '') return blank(styles, note);
  return withExtras({ kind: 'text', text: value }, styles, note);
}

export function number(value: number, styles?: StyleName[]): NumberCell {
  return withExtras({ kind: 'number', value }, styles);
}

export function link(value: string, sheet: string, target: CellAddress, styles: StyleName[] = []): LinkCell {
  return withExtras({ kind: 'link', text: value, sheet, target }, [...styles, 'link']);
}

export function blank(styles?: StyleName[], note?: string): BlankCell {
  return withExtras({ kind: 'blank' }, styles, note);
}

function withExtras<C extends CellPlan>(cell: C, styles?: StyleName[], note?: string): C {
  return {
    ...cell,
    ...(styles && styles.length > 0 ? { styles } : {}),
    ...(note ? { note } : {}),
  };
}
