// What a unit's name looks like, so that the assignment grammar can tell a list of units from a
// sentence and a bureau from a person: a name ends as an organ does (局 委 办 中心 公司 街道 …), or
// names a collective (各镇街, 安委会各成员单位) or a vague reference (有关部门); a person ends with a
// title (副县长, 主要领导). Decided by shape, so it holds for places no directory has seen.

import { LEAD_MARKS, ORGAN_SUFFIXES, PERSON_TITLES } from './lexicon';
import { foldWidth, removeSpacing } from './normalise';
import { memoised } from './memo';
import { isPlace } from './places';

/** prose: words of a sentence or a note (「列第一位的为牵头部门」), never a name; other: a name of no known shape. */
export type NameShape = 'unit' | 'person' | 'prose' | 'other';

/** Words of a sentence, never of an organ's name: 「加强…」, 「…要…」. */
const PROSE = /[要将把了着。：:“”"!！?？]|确保|加强|推进|开展|做好|抓好|进一步|全面|严格|深入|及时|建立|完善|落实|实施|涉及|不再|下同|任务|列第一位|为牵头|逐一|以下|均需|各项/;
/** 的 belongs to a sentence, except in a description of a class of bodies (「负有安全生产监管职责的部门」). */
const OF = /的(?!.*(?:部门|单位|机构|企业)$)/;
/** A count is a target, never part of an organ's name: 「城区再新建1个农贸市场」, 「改造2836户」. */
const COUNT = /\d+\s*(?:个|户|所|座|家|条|处|万|亿|%|％)/;
/** A task that names what it builds: 「建成县残疾人综合服务中心」, 「成功创建首批省美丽城镇」 (not 「建设局」). */
const LEADING_VERB = /^(?:成功|力争|积极|努力|全力|持续)?(?:建成|迁建|新建|改建|扩建|续建|启动|完成|开工|推进|实施|打造|建设|开展|加快|召开|举办|制定|出台|编制|推动|提升|实现|争创|创建|新增|培育|引进|组建|成立|设立)(?=.{3,})/;
/** A trailing bracket that says more of the name (「县发改委（县粮食和物资储备局）」, 「各乡镇（街道）」). */
const TRAILING_BRACKET = /[（(][^（()）]*[)）]$/;
/** 各, 有关…: a collective or a reference. */
const REFERENCE = /^(各|有关|相关|属地|全体|所有|其他|其它)/;
const LONGEST_NAME = 32;

/** A person's name as tables write it: two to four characters, possibly spaced (「钱 宇」, 「周 斐」). */
export const PERSON_NAME_CHARS = '[\\u4e00-\\u9fff](?:\\s?[\\u4e00-\\u9fff]){1,3}';

function endsAsOrgan(name: string): boolean {
  return ORGAN_SUFFIXES.some((suffix) => name.length > suffix.length && name.endsWith(suffix)) || /^[^\s]{1,8}(?:镇|乡|街道|县|区|市)$/.test(name);
}

/** The name with a trailing 等, a lead mark and the brackets that qualify it taken off. */
function core(text: string): string {
  let name = removeSpacing(foldWidth(text)).replace(LEAD_MARK, '').replace(/(?:…+|\.{3,})?等$/, '');
  while (TRAILING_BRACKET.test(name) && name.replace(TRAILING_BRACKET, '').length >= 2) name = name.replace(TRAILING_BRACKET, '');
  return name;
}

const LEAD_MARK = new RegExp(`^[${LEAD_MARKS}]+`);

/** Plans repeat the same names in every row: each is judged once. */
export const nameShape: (text: string) => NameShape = memoised(judgeName);

function judgeName(text: string): NameShape {
  const name = core(text);
  // 「村（社区）」「镇（街道）」: a level of government with its other name in brackets.
  if (/^[村镇乡组][（(][^（()）]+[)）]$/.test(name)) return 'unit';
  if (name.length < 2 || name.length > LONGEST_NAME) return 'other';
  if (PERSON_TITLES.some((title) => name.endsWith(title))) return 'person';
  if (PROSE.test(name.replace(/落实单位$/, '')) || OF.test(name) || LEADING_VERB.test(name) || COUNT.test(name)) return 'prose';
  if (endsAsOrgan(name)) return 'unit';
  // 「各地」「各级」「有关方面」: a collective or a reference that ends as no organ does.
  if (REFERENCE.test(name) && /^(?:各(?:地|级|方)|有关方面|相关方面)$/.test(name)) return 'unit';
  // A place's own government written by its name alone: 「德清县」 ends as an organ; 「德清」 does not.
  return isPlace(name) ? 'unit' : 'other';
}

/** A collective or a reference rather than one body: 各镇街, 有关部门, 区安委会相关成员单位, 行业主管部门. */
export function isReference(name: string): boolean {
  return REFERENCE.test(name) || /(?:成员单位|部门|单位|机构)$/.test(name);
}
