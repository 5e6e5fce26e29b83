// A column labelled 「牵头单位及主要负责人」 or 「责任单位及负责人」 writes each unit with its head's
// name after it (「市民政局 伍泽国」): the label says persons are there, so a person's name standing
// after a unit is taken out before the units are read. Elsewhere a short name after a space may be
// an abbreviated bureau (「县应急局 消防」), and is left alone.

import { compactLabel } from '../tables/column-roles';
import { nameShape, PERSON_NAME_CHARS } from '../text/name-shape';

const HOLDS_HEADS = /(?:单位|部门).*(?:负责人|责任人|联系人)$/;
/** A unit, spacing, then a name of two to four characters, possibly spaced (「周 斐」), ending the list item. */
const HEAD_AFTER_UNIT = new RegExp(`(\\S)\\s+(${PERSON_NAME_CHARS})(?=$|[、，,；;\\s])`, 'gm');

export function labelHoldsHeads(label: string): boolean {
  return HOLDS_HEADS.test(compactLabel(label));
}

/** The cell's text without the heads' names, when its column's label says it holds them. */
export function withoutHeads(label: string, text: string): string {
  if (!labelHoldsHeads(label)) return text;
  return text.replace(HEAD_AFTER_UNIT, (whole: string, before: string, name: string) => (nameShape(name.replace(/\s/g, '')) === 'unit' ? whole : before));
}
