// 「回收问题」: what collecting could not use or found wrong, the files that could not be read
// first, then the bureaus to chase, then row by row; each with a link to its ledger row or to the
// bureau's line in 回收统计.

import { isFileProblem, type ReturnProblem, type ReturnProblemCode } from '../loop/collect';
import { cellA1 } from './address';
import { link, text } from './cells';
import type { CellPlan, SheetDraft } from './workbook-plan';

export const RETURN_PROBLEM_LABEL: Record<ReturnProblemCode, string> = {
  refused: '文件无法读取',
  'not-ours': '不是下发的任务清单',
  combined: '误报汇总工作簿',
  'key-deleted': '任务键列被删除',
  'other-document': '另一份文件的回收表',
  'not-returned': '单位未报送',
  'sent-twice': '重复报送',
  'duplicate-row': '同一任务填了两行',
  'key-edited': '任务键被改动',
  'text-changed': '任务内容被改动',
  'unknown-key': '任务键对不上',
  'bad-status': '完成状态不规范',
  unanswered: '任务未填写',
};
const ORDER = Object.keys(RETURN_PROBLEM_LABEL) as ReturnProblemCode[];

export const PROBLEMS_FIRST_LABEL = '问题类型';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  [PROBLEMS_FIRST_LABEL, 16],
  ['单位', 16],
  ['文件', 24],
  ['说明', 60],
  ['位置', 18],
];

export interface ProblemTargets {
  progress: { sheet: string; row: (ledgerRow: number) => number };
  units: { sheet: string; row: (unit: string) => number | undefined };
}

export function returnProblemsSheet(name: string, tableId: string, problems: ReturnProblem[], targets: ProblemTargets): SheetDraft {
  const header = COLUMNS.map(([label]) => text(label, ['header']));
  const sorted = [...problems].sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code) || (a.ledgerRow ?? -1) - (b.ledgerRow ?? -1));
  const base: SheetDraft = {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows: [header, ...sorted.map((problem) => problemRow(problem, targets))],
    merges: [],
    frozen: { rows: 1, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
  };
  if (sorted.length === 0) return { ...base, rows: [header, [text('所有单位均已报送，未发现问题。')]] };
  return { ...base, table: { name: tableId, range: { top: 0, left: 0, bottom: sorted.length, right: COLUMNS.length - 1 } } };
}

function problemRow(problem: ReturnProblem, targets: ProblemTargets): CellPlan[] {
  const fileLevel = isFileProblem(problem);
  return [
    text(RETURN_PROBLEM_LABEL[problem.code], ['wrap', fileLevel || problem.code === 'not-returned' ? 'error' : 'warning']),
    text(problem.unit, ['wrap']),
    text(problem.file, ['wrap']),
    text(problem.message, ['wrap']),
    where(problem, targets),
  ];
}

function where(problem: ReturnProblem, { progress, units }: ProblemTargets): CellPlan {
  if (problem.ledgerRow !== undefined) {
    const target = { row: progress.row(problem.ledgerRow), column: 0 };
    return link(`${progress.sheet} ${cellA1(target)}`, progress.sheet, target, ['wrap']);
  }
  const row = problem.unit === '' ? undefined : units.row(problem.unit);
  if (row === undefined) return text('', ['wrap']);
  const target = { row, column: 0 };
  return link(`${units.sheet} ${cellA1(target)}`, units.sheet, target, ['wrap']);
}
