// What a unit's name looks like, so that the assignment grammar can tell a list of units from a
// sentence and a bureau from a person: a name ends as an organ does (局 委 办 中心 公司 街道 …), or
// names a collective (各镇街, 安委会各成员单位) or a vague reference (有关部门); a person ends with a
// title (副县长, 主要领导). Decided by shape, so it holds for places no directory has seen.

import { LEAD_MARKS, ORGAN_SUFFIXES, PERSON_TITLES } from '../text/lexicon';
import { unitKind } from './kind';
import { foldWidth, removeSpacing } from './normalise';
import { isPlace } from './places';

export type NameShape = 'unit' | 'person' | 'other';

/** Words of a sentence, never of an organ's name: 「加强…」, 「…的…」. */
const PROSE = /[的要将把了着。：:“”"!！?？]|确保|加强|推进|开展|做好|抓好|进一步|全面|严格|深入|及时|建立|完善|落实|实施|组织开展/;
/** A trailing bracket that says more of the name (「县发改委（县粮食和物资储备局）」, 「各乡镇（街道）」). */
const TRAILING_BRACKET = /[（(][^（()）]*[)）]$/;
/** 县级, 各, 有关…: a collective or a reference is a unit of its own kind whatever it ends with. */
const REFERENCE = /^(各|有关|相关|属地|全体|所有|其他|其它)/;
const LONGEST_NAME = 32;

function endsAsOrgan(name: string): boolean {
  return ORGAN_SUFFIXES.some((suffix) => name.length > suffix.length && name.endsWith(suffix)) || /^[^\s]{1,8}(?:镇|乡|街道|县|区|市)$/.test(name);
}

/** The name with a trailing 等, a lead mark and the brackets that qualify it taken off. */
function core(text: string): string {
  let name = removeSpacing(foldWidth(text)).replace(new RegExp(`^[${LEAD_MARKS}]+`), '').replace(/(?:…+|\.{3,})?等$/, '');
  while (TRAILING_BRACKET.test(name) && name.replace(TRAILING_BRACKET, '').length >= 2) name = name.replace(TRAILING_BRACKET, '');
  return name;
}

export function nameShape(text: string): NameShape {
  const name = core(text);
  if (name.length < 2 || name.length > LONGEST_NAME) return 'other';
  if (PERSON_TITLES.some((title) => name.endsWith(title))) return 'person';
  if (PROSE.test(name.replace(/落实单位$/, ''))) return 'other';
  if (REFERENCE.test(name) && unitKind(name) !== 'bureau') return 'unit';
  if (endsAsOrgan(name)) return 'unit';
  // A place's own government written by its name alone: 「德清县」 ends as an organ; 「德清」 does not.
  return isPlace(name) ? 'unit' : 'other';
}

export const isUnitName = (text: string): boolean => nameShape(text) === 'unit';
