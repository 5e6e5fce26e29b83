// The words that say who does a task, as data: every reader (table cells, list lines, body
// paragraphs) reads assignments through the one grammar that uses these lists. Longer words come
// before the words they contain, since the grammar takes the first that matches.

/** What a role word says of the names it follows (or, after 由, the names between). */
export type RoleWordSense = 'lead' | 'support' | 'shared';

/** Role words after a list of names. 'shared' (分工负责) makes nobody the lead by itself. */
export const ROLE_WORDS: ReadonlyArray<readonly [string, RoleWordSense]> = [
  ['按照职责分工负责', 'shared'],
  ['依职责分工负责', 'shared'],
  ['依据职责分工负责', 'shared'],
  ['依职责负责', 'shared'],
  ['按职责负责', 'shared'],
  ['按职责分工负责', 'shared'],
  ['按职责分工落实', 'shared'],
  ['按职能分工负责', 'shared'],
  ['按职责分工', 'shared'],
  ['牵头负责', 'lead'],
  ['牵头落实', 'lead'],
  ['牵头抓总', 'lead'],
  ['牵头', 'lead'],
  ['主责', 'lead'],
  ['主办', 'lead'],
  ['承办', 'lead'],
  ['配合落实', 'support'],
  ['配合', 'support'],
  ['协办', 'support'],
  ['协助', 'support'],
  ['协同', 'support'],
  ['参与', 'support'],
  ['分工负责', 'shared'],
  ['共同负责', 'shared'],
  ['分别负责', 'shared'],
  ['各负其责', 'shared'],
  ['具体落实', 'shared'],
  ['抓好落实', 'shared'],
  ['督促指导', 'shared'],
  ['负责落实', 'lead'],
  ['协调解决', 'lead'],
  ['负责', 'lead'],
  ['落实', 'shared'],
];

/** What a label before 「：」 says of the names after it. 'person' labels name leaders, never units. */
export type LabelSense = 'lead' | 'support' | 'units' | 'person';

export const LABELS: ReadonlyArray<readonly [string, LabelSense]> = [
  ['牵头负责领导', 'person'],
  ['牵头责任单位', 'lead'],
  ['协同责任单位', 'support'],
  ['责任单位及责任人', 'units'],
  ['牵头部门', 'lead'],
  ['牵头单位', 'lead'],
  ['主责单位', 'lead'],
  ['主责部门', 'lead'],
  ['主办单位', 'lead'],
  ['承办单位', 'lead'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['协办单位', 'support'],
  ['参与单位', 'support'],
  ['协同单位', 'support'],
  ['整改责任单位', 'units'],
  ['整改单位', 'units'],
  ['责任单位', 'units'],
  ['责任部门', 'units'],
  ['实施单位', 'units'],
  ['落实单位', 'units'],
  ['责任主体', 'units'],
  ['牵头领导', 'person'],
  ['责任领导', 'person'],
  ['分管领导', 'person'],
  ['联系领导', 'person'],
  ['包抓领导', 'person'],
  ['责任人', 'person'],
  ['部门分工', 'units'],
  ['责任分工', 'units'],
  ['任务分工', 'units'],
  ['牵头', 'lead'],
  ['配合', 'support'],
];

/** Labels of a list-form task's other lines: when it is due, and what it says more. */
export const DEADLINE_LABELS = ['完成时限', '完成时间', '完成期限', '整改时限', '整改期限', '时间要求', '时限要求', '进度安排', '时间节点', '时限'];
export const CONTENT_LABELS = ['工作措施', '主要措施', '具体措施', '工作内容', '主要内容', '工作目标', '目标任务', '工作任务', '具体任务', '存在问题', '问题描述'];

/** Between names of one list. */
export const LIST_SEPARATORS = '、/／';
/** Between clauses of one assignment (「甲局牵头，乙局配合」); a full stop ends the assignment. */
export const CLAUSE_SEPARATORS = '，,；;\n\r';
/** Words that join two names when both sides are whole names (never inside 住房和城乡建设局). */
export const JOINERS = ['及', '和', '与', '以及', '会同'];

export const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '〔': '〕',
  '【': '】',
  '［': '］',
  '[': ']',
  '〖': '〗',
  '{': '}',
};

/** A mark before a name that makes it the lead (「*县应急局」, 「★县应急局」). */
export const LEAD_MARKS = '*＊★☆※▲△';

/**
 * How an organ's name ends (局 委 办 …), longest first so 「街道办事处」 wins over 「处」. A name has a
 * unit's shape when it ends with one of these, or names a collective or a vague reference.
 */
export const ORGAN_SUFFIXES = [
  '街道办事处', '管理委员会', '委员会', '办事处', '管委会', '党工委', '派出所', '联合会', '工作组', '领导小组', '指挥部',
  '人民政府', '政府', '中心', '公司', '集团', '街道', '支队', '大队', '中队', '分局', '园区', '医院', '学校', '银行', '法院',
  '检察院', '部门', '单位', '机构', '企业', '镇街', '乡镇', '社区', '协会', '商会', '学会', '基地', '海关', '机关', '科协',
  '局', '委', '办', '厅', '部', '院', '站', '所', '队', '社', '会', '行', '署', '处', '室', '股', '馆', '团', '台', '组', '府', '联', '镇', '乡', '县', '区', '市', '省', '村', '街', '校', '场', '厂', '港',
];

/** A person by title: 某副县长, 某局主要领导, 某同志. Persons are kept apart, never units. */
export const PERSON_TITLES = [
  '常务副县长', '常务副区长', '常务副市长', '副县长', '副区长', '副市长', '副省长', '副镇长', '副乡长', '县长', '区长', '市长', '省长', '镇长', '乡长',
  '副书记', '书记', '副主任', '主任', '副局长', '局长', '副部长', '部长', '秘书长', '副秘书长', '主要领导', '分管领导', '主要负责人', '负责人',
  '负责同志', '同志', '主席', '副主席', '委员', '常委', '组长', '副组长', '指挥长', '副指挥长', '政委', '所长', '站长', '队长',
];
