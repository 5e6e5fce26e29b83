// Every string of the pane (panels, progress steps, outcomes) in Chinese; in English (strings-en.ts, loaded then) when
// Office's display language (or, outside Office, the browser's) is not Chinese. mount.tsx sets the language once, before
// mounting, and the page's lang with it. Each language is written whole: no English in the Chinese strings, no
// Chinese pane words in the English ones (sheet names stay as the workbook has them).

import type { FlagCode, Severity } from '../core/audit/flag';
import type { CoreText } from './core-text';

/** Sheet names as a Chinese sentence lists them: 「审核问题」「单位汇总」. */
export const zhSheets = (sheets: string[]) => sheets.map((sheet) => `「${sheet}」`).join('');
/** Cells as Excel shows them (Sheet!G83), the first few of a long list. */
export const SHOWN_CELLS = 5;
export const plainCell = (address: string) => address.replace(/^'(.*)'!/, (_, sheet: string) => `${sheet.replace(/''/g, "'")}!`);
export const zhCells = (cells: string[]) => cells.slice(0, SHOWN_CELLS).map(plainCell).join('、') + (cells.length > SHOWN_CELLS ? ' 等' : '');
/** A day (YYYY-MM-DD) as a clerk writes it: 2025年6月30日. */
export const zhDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${y}年${m}月${d}日` : iso;
};

/** The names an analysis found: the bureaus 分发 sends to, and the 统称 and 泛指 beside them. */
export interface UnitTally {
  bureaus: number;
  groups: number;
  vague: number;
}
export const zhUnits = ({ bureaus, groups, vague }: UnitTally) =>
  `涉及 ${bureaus} 个单位${groups + vague > 0 ? `（另有统称 ${groups} 个、泛指 ${vague} 个）` : ''}`;

const ZH = {
  /** The page's lang attribute. */
  lang: 'zh-CN',
  title: '分工表助手',
  tagline: '把工作方案附件中的分工表导入 Excel，拆分责任单位，按单位汇总任务，并审核写法问题。',
  needsExcel: '需要 Excel',
  /** A pick of files some of which could not be read, or none. */
  someRefused: (read: number, refused: number) => `已读取 ${read} 份文件，${refused} 份未能读取`,
  noneUsable: '没有可用的文件',
  standaloneNote: '离线版：在 Excel 之外使用，文件只在本机处理，不联网。',
  hostText: (button: string) => `在浏览器中可导入文件、查看问题、下载工作簿；写入工作簿请在 Excel「开始」选项卡点「${button}」。`,
  actions: {
    import: { label: '导入附件表格', summary: '选择或拖入工作方案文件（.docx、网页 .htm/.html 或 Word 导出的 .txt，可多选）：先预览读到的表格，再生成工作表。' },
    selection: { label: '从选区导入', summary: '分工表已粘贴在工作表中时，选中它（包括表头行）或把光标放在它的 Excel 表格中，再点击，同样预览后生成。' },
    inPlace: {
      label: '分析当前表格',
      summary: '就地审核选中的分工表（或光标所在的 Excel 表格）：问题单元格着色并加批注，旁边新建「审核问题」「单位汇总」，原表的值不作改动。「清除标记」恢复原样。',
    },
    collect: {
      label: '回收汇总',
      summary:
        '选择或拖入各单位报回的任务清单（.xlsx，可多选，文件改过名也认得）：逐行对应到各项任务，汇总到「进展汇总」，并更新「回收统计」「回收问题」「到期提醒」。在 Excel 之外，连同汇总工作簿一起选择，结果作为新工作簿下载。',
    },
    due: {
      label: '到期提醒',
      summary:
        '按今天的日期列出各单位已逾期未完成和 15 天内到期的任务（已报「已完成」的不列），并更新「到期提醒」工作表。在 Excel 之外，选择汇总工作簿（或上次回收汇总的结果），更新后的工作簿作为新文件下载。',
    },
  },
  dueTitle: '到期提醒',
  dueNone: '没有逾期或 15 天内到期的任务。',
  dueTable: '各单位逾期与即将到期的任务数',
  dueUnit: '单位',
  dueOverdue: '已逾期',
  dueSoon: '将到期',
  dueMore: (n: number) => `另有 ${n} 个单位，见「到期提醒」工作表。`,
  notes: '提示',
  tabs: { import: '导入', problems: '问题', directory: '名录', loop: '督办' },
  clearMarks: '清除标记',
  directoryFirst: '先在「导入」中读取文件，这里会列出可能是同一单位的写法，以及各镇街、各成员单位等统称包含哪些单位。',
  directoryHint: '决定后，问题、单位汇总和分发随即按新的名录重新分析；「生成汇总工作表」时写入「单位名录」工作表。',
  pairs: (n: number) => `可能是同一单位（${n}）`,
  noPairs: '没有待确认的写法。',
  merge: '合并',
  keepApart: '保持区分',
  mergeLabel: (kept: string, merged: string) => `合并，保留「${kept}」，「${merged}」作为其另一种写法`,
  keepApartLabel: (a: string, b: string) => `「${a}」和「${b}」保持区分`,
  groups: (n: number) => `统称及其成员（${n}）`,
  groupsHint: '统称是代表一批单位的写法，如「各镇街」「安委会各成员单位」。列出它的成员（如各镇、街道的名称），分给它的任务就算到每个成员名下，分发时也发给成员。',
  noGroups: '文件中没有统称。',
  keptName: '合并后保留的名称',
  mergedAs: (kept: string, merged: string) => `合并后「${merged}」记作「${kept}」的另一种写法。`,
  decisions: (n: number) => `已做的决定（${n}）`,
  decisionMerged: (kept: string, merged: string) => `合并：「${merged}」并入「${kept}」`,
  decisionDistinct: (a: string, b: string) => `保持区分：「${a}」和「${b}」`,
  decisionMembers: (group: string, n: number) => `「${group}」的成员：${n} 个`,
  undo: '撤销',
  undoLabel: (decision: string) => `撤销（${decision}）`,
  membersHint: '单位之间用「、」分隔，离开输入框后生效。',
  idle: (n: number) => `名录中没有任务的单位（${n}）`,
  tabsLabel: '分工表助手的功能',
  pickDocuments: '选择文件',
  pickHint: '可一次选择或拖入多份工作方案（.docx、网页 .htm/.html、Word 导出的 .txt），将一起分析。',
  preview: '预览',
  previewHint: '生成汇总工作表之前不会改动工作簿。需要核对的表格已展开：看前几行是否与列名对得上，不对时在下拉框中改选这一列是什么；其余表格可点开查看。',
  documentLine: (tables: number, tasks: number, units: number) => `${tables} 张表 · ${tasks} 项任务 · ${units} 个单位`,
  documentTables: (tables: number) => `${tables} 张表`,
  lastYearLine: '上一年的计划，仅用于对比',
  needsLook: '需核对',
  sampleCaption: (title: string, n: number) => `「${title}」的前 ${n} 行`,
  columnRoles: '各列的作用',
  unusualColumn: '（请确认）',
  rows: (n: number) => `${n} 行`,
  roleOf: (label: string) => `「${label}」列是`,
  roles: { seq: '序号', group: '任务名称', content: '内容', deadline: '完成时间', units: '责任单位', lead: '牵头单位', support: '配合单位', note: '备注', other: '其他（不读）' },
  options: '选项',
  firstListedLeads: '未写明牵头时，列第一位的单位为牵头',
  importSheets: '导入工作表',
  perDocument: '每份文件一个',
  perTable: '每张表一个',
  unitSheets: '为每个单位生成「任务-单位」工作表',
  generate: '生成汇总工作表',
  generateHint: '写入「审核问题」「单位汇总」等工作表；再次生成时更新这些工作表，保留处理状态、名录的修改和已回收的答复。',
  undoNote: '写入后不能用 Excel 的「撤销」恢复，需要时可删除生成的工作表。',
  cancel: '取消',
  cancelLabel: (step: string) => `取消：${step}`,
  details: '详细信息',
  viewProblems: (n: number) => `查看审核问题（${n}）`,
  goToSheet: (sheet: string) => `转到「${sheet}」`,
  help: '帮助',
  helpClose: '关闭帮助',
  helpTitle: '怎么用',
  helpSteps: [
    '点「导入附件表格」，选择工作方案的附件（.docx、网页 .htm/.html 或 Word 导出的 .txt，可多选）。',
    '在预览中核对读到的表格；表头不常见时，在下拉框中改选这一列是什么。',
    '点「生成汇总工作表」：写入审核问题、单位汇总等工作表，您自己的工作表不会改动。',
    '在「问题」中逐条核对，「定位」跳到对应单元格；在「名录」中合并同一单位的不同写法。',
    '在「督办」中下载各单位的任务清单发出，收回后用「回收汇总」汇总进展。',
  ],
  helpNotes: [
    '写入后不能用 Excel 的「撤销」恢复；再次生成会更新同一批工作表。',
    '在浏览器中下载的文件保存在浏览器的下载文件夹（通常是「下载」）。',
    '运行较久时可点「取消」：写入工作簿之前取消，工作簿不会改动。',
    '不需要联网：所有文件只在本机处理。',
  ],
  downloadWorkbook: '下载汇总工作簿',
  downloadBureaus: '下载各单位任务清单（.zip）',
  downloadHint: '文件在本机生成后直接下载，可用 Excel、WPS 打开；各单位清单可直接分发。',
  lastYear: '上一年的计划（用于年度对比，不导入）',
  lastYearLabel: (title: string) => `《${title}》：上一年的计划（用于年度对比，不导入）`,
  lastYearHint: '导入两年的计划时，勾选上一年的文件：生成和下载时加入「年度对比」「年度对比-单位」工作表。',
  yearsSummary: (lastYear: number, thisYear: number) => `年度对比：上一年 ${lastYear} 份文件，今年 ${thisYear} 份。`,
  allLastYear: '所有文件都标为了上一年：请至少留一份今年的文件。',
  distribute: '分发',
  distributeFirst: '先在「导入」中选择文件，这里会列出各单位。',
  chooseAll: (chosen: number, all: number) => `全选（已选 ${chosen}/${all}）`,
  distributeHint: (n: number) => `${n} 个单位：至少牵头或配合一项任务的具体单位；统称和泛指不单独分发。`,
  sortUnits: '排序',
  byName: '按名称',
  byCount: '按任务数',
  findUnit: '查找单位',
  shownUnits: (shown: number, all: number) => `显示 ${shown}/${all} 个单位`,
  leadSupport: (lead: number, support: number) => `牵头 ${lead} · 配合 ${support}`,
  downloadChosen: (n: number) => `下载所选 ${n} 个单位的任务清单（.zip）`,
  problems: (n: number) => `共 ${n} 个问题`,
  notInWorkbook: '「定位」和处理状态要在「生成汇总工作表」（或「分析当前表格」）之后才能使用：这些问题还没有写入工作簿。',
  statusNotWritten: '处理状态未写入',
  flagRowMissing: '「审核问题」中已找不到这个问题（工作表可能被删除，或已重新生成），请重新「生成汇总工作表」后再标记。',
  problemsPending: (n: number, pending: number) => `共 ${n} 个问题，待处理 ${pending} 个`,
  noUnitMatch: '没有匹配的单位',
  noMatch: '没有符合筛选条件的问题。',
  flagGroup: (title: string, n: number) => `${title}（${n}）`,
  pair: (a: string, b: string) => `「${a}」 / 「${b}」`,
  noProblems: '还没有问题：先在「导入」中选择文件。',
  filterCode: '问题类型',
  filterUnit: '单位',
  all: '全部',
  locate: '定位',
  locateLabel: (text: string) => `定位：在工作表中选中「${text}」`,
  confirmed: '已确认',
  ignored: '忽略',
  pending: '待处理',
  statusLabel: '处理状态',
  /** The 问题 panel's groups: in Chinese the 审核问题 sheet's own words (core/plan/labels.ts, looked up where used, so that they stay out of the pane's first load). */
  severityLabels: undefined as Record<Severity, string> | undefined,
  flagLabels: undefined as Record<FlagCode, string> | undefined,
  /** The core's messages, said from their code and facts: only the English pane has them (core-text.ts). */
  core: undefined as CoreText | undefined,
  /** The ribbon button that opens the pane (manifest.xml's RespMatrix.OpenPane.Label). */
  paneButton: '分工表助手',
  blankCell: '（空白）',
  untitledColumn: (n: number) => `第${n}列`,
  untitledTable: (n: number) => `表${n}`,
  /** A row named as the clerk finds it. */
  place: {
    row: (n: number) => `第 ${n} 行`,
    seqTask: (seq: string, task: string) => `${seq && `序号 ${seq}`}${task && `「${task}」`}`,
    flag: (document: string, table: string, row: string) => `《${document}》「${table}」${row}`,
    /** Where a reader's warning points: the table, and the rows it names (if any). */
    warning: (table: string, rows: string[]) => `「${table}」${rows.join('、')}`,
    /** A file the pane could not read, and why; one it read but found no task in, and what it looked for. */
    file: (name: string, why: string) => `「${name}」：${why}`,
    fileWithoutTasks: (name: string, why: string) => `「${name}」${why}`,
  },
  /** The step shown while an action runs. */
  steps: {
    preparing: '正在准备…',
    reading: '正在读取…',
    readingFile: (name: string) => `正在读取「${name}」…`,
    readingSelection: '正在读取选区…',
    readingTable: '正在读取当前表格…',
    readingLedger: '正在读取工作簿中的「进展汇总」…',
    analysing: '正在拆分责任单位并审核…',
    marking: '正在审核并标出问题单元格…',
    clearing: '正在清除标记…',
    writing: '正在写入工作簿…',
    makingWorkbook: '正在生成工作簿…',
    makingBureaus: '正在生成各单位工作簿…',
    findingBase: '正在查找汇总工作簿…',
    collecting: '正在汇总…',
    saving: '正在保存下载的文件…',
  },
  /** How an action ended: the titles, lines and warnings of the outcome the pane shows. */
};


export type PaneStrings = typeof ZH;

let current: PaneStrings = ZH;

/**
 * zh-CN for any Chinese tag (zh, zh-CN, zh-TW, zh-Hans…), English otherwise. The English strings load
 * only when asked for (strings-en.ts), so that the pane's first load carries one language.
 */
export async function setLanguage(tag: string | undefined): Promise<void> {
  current = !tag || /^zh\b/i.test(tag) ? ZH : (await import('./strings-en')).EN;
}

export function strings(): PaneStrings {
  return current;
}

/** Whether the pane speaks Chinese: for texts kept outside this file and loaded when needed (excel-error-strings.ts). */
export function inChinese(): boolean {
  return current === ZH;
}
