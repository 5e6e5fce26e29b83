// The column labels of the loop's sheets: what goes out (任务清单), what is gathered (进展汇总), and
// what the reader of returns looks for. Sheets are read back by these labels, never by position,
// so a column a clerk or a bureau inserts does not shift anything.

export const STATUSES = ['未开始', '推进中', '已完成', '无法完成'] as const;

export const DONE = '已完成';

export const COLUMN = {
  source: '来源',
  seq: '原序号',
  heading: '任务名称',
  content: '内容',
  deadline: '完成时间',
  unit: '责任单位',
  role: '承担方式',
  status: '完成状态',
  progress: '落实情况',
  doneOn: '完成日期',
  evidence: '佐证材料',
  overdue: '是否逾期',
  file: '回收文件',
  at: '回收时间',
  key: '任务键',
  sentTo: '填报单位',
  dated: '文件日期',
} as const;

export type ColumnLabel = (typeof COLUMN)[keyof typeof COLUMN];

/** Where each wanted label sits in a sheet: the first row (of the first ten) that holds them all. */
export interface HeaderMatch {
  row: number;
  at: (label: ColumnLabel) => number;
}

export function findHeader(rows: string[][], wanted: readonly ColumnLabel[]): HeaderMatch | undefined {
  for (let row = 0; row < Math.min(rows.length, 10); row++) {
    const cells = (rows[row] ?? []).map((cell) => cell.trim());
    if (wanted.every((label) => cells.includes(label))) return { row, at: (label) => cells.indexOf(label) };
  }
  return undefined;
}
