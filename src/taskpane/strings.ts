// Every string of the workspace panels, Chinese first; English when Office's display language (or,
// outside Office, the browser's) is not Chinese. index.tsx sets the language once, before mounting.

const ZH = {
  tabs: { import: '导入', problems: '问题', loop: '督办' },
  tabsLabel: '分工表助手的功能',
  pickDocuments: '选择文件',
  pickHint: '可一次选择或拖入多份工作方案（.docx、网页 .htm/.html、Word 导出的 .txt），将一起分析。',
  preview: '预览',
  previewHint: '生成之前不会改动工作簿。列名不寻常时，可在下拉框中改正该列的作用。',
  rows: (n: number) => `${n} 行`,
  roleOf: (label: string) => `「${label}」列的作用`,
  roles: { seq: '序号', group: '任务名称', content: '内容', deadline: '完成时间', units: '责任单位', lead: '牵头单位', support: '配合单位', note: '备注', other: '其他（不读）' },
  options: '选项',
  firstListedLeads: '未写明牵头时，列第一位的单位为牵头',
  importSheets: '导入工作表',
  perDocument: '每份文件一个',
  perTable: '每张表一个',
  unitSheets: '为每个单位生成「任务-单位」工作表',
  generate: '生成',
  generateHint: '写入工作表；再次生成时更新原有工作表，保留处理状态、单位名录的修改和已回收的答复。',
  downloadWorkbook: '下载汇总工作簿',
  downloadBureaus: '下载各单位任务清单（.zip）',
  downloadHint: '文件在本机生成后直接下载，可用 Excel、WPS 打开；各单位清单可直接分发。',
  distribute: '分发',
  distributeFirst: '先在「导入」中读取文件并生成或下载，这里会列出各单位。',
  chooseAll: (chosen: number, all: number) => `全选（已选 ${chosen}/${all}）`,
  leadSupport: (lead: number, support: number) => `牵头 ${lead} · 配合 ${support}`,
  downloadChosen: (n: number) => `下载所选 ${n} 个单位的任务清单（.zip）`,
  problems: (n: number) => `共 ${n} 个问题`,
  noProblems: '还没有问题：先在「导入」中生成。',
  filterCode: '问题类型',
  filterUnit: '单位',
  all: '全部',
  locate: '定位',
  locateLabel: (text: string) => `在工作表中选中：${text}`,
  confirmed: '已确认',
  ignored: '忽略',
  pending: '待处理',
  statusLabel: '处理状态',
};

const EN: typeof ZH = {
  tabs: { import: 'Import', problems: 'Problems', loop: 'Follow-up' },
  tabsLabel: 'RespMatrix panels',
  pickDocuments: 'Choose files',
  pickHint: 'Choose or drop several work plans at once (.docx, .htm/.html, Word text exports); they are analysed together.',
  preview: 'Preview',
  previewHint: 'Nothing in the workbook changes until you generate. Correct a column’s role when its header is unusual.',
  rows: (n: number) => `${n} rows`,
  roleOf: (label: string) => `Role of column “${label}”`,
  roles: { seq: 'No.', group: 'Task name', content: 'Content', deadline: 'Deadline', units: 'Responsible', lead: 'Lead', support: 'Support', note: 'Note', other: 'Other (ignored)' },
  options: 'Options',
  firstListedLeads: 'The first unit listed leads when no lead is written',
  importSheets: 'Import sheets',
  perDocument: 'One per document',
  perTable: 'One per table',
  unitSheets: 'A task sheet per unit',
  generate: 'Generate',
  generateHint: 'Writes the sheets; generating again updates them, keeping statuses, directory edits and collected answers.',
  downloadWorkbook: 'Download the workbook',
  downloadBureaus: 'Download each unit’s list (.zip)',
  downloadHint: 'Made on this machine and downloaded; opens in Excel or WPS. The unit lists are ready to send.',
  distribute: 'Send',
  distributeFirst: 'Read files in Import and generate or download first; the units are listed here.',
  chooseAll: (chosen: number, all: number) => `All (${chosen} of ${all} chosen)`,
  leadSupport: (lead: number, support: number) => `leads ${lead} · supports ${support}`,
  downloadChosen: (n: number) => `Download the lists of ${n} units (.zip)`,
  problems: (n: number) => `${n} problems`,
  noProblems: 'No problems yet: generate from Import first.',
  filterCode: 'Problem type',
  filterUnit: 'Unit',
  all: 'All',
  locate: 'Go to',
  locateLabel: (text: string) => `Select in the sheet: ${text}`,
  confirmed: 'Confirmed',
  ignored: 'Ignored',
  pending: 'Pending',
  statusLabel: 'Status',
};

let current: typeof ZH = ZH;

/** zh-CN for any Chinese tag (zh, zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function setLanguage(tag: string | undefined): void {
  current = !tag || /^zh\b/i.test(tag) ? ZH : EN;
}

export function strings(): typeof ZH {
  return current;
}
