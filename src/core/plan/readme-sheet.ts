// 「说明」: what the workbook holds, each source document by title and file name with what the reader
// noticed (a document without a table gets no import sheet, and its warning shows here), and the
// coverage in numbers.

import type { Analysis } from '../analysis';
import { number, text } from './cells';
import type { CellPlan, SheetDraft } from './workbook-plan';

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['编号', 8],
  ['标题', 30],
  ['文件', 24],
  ['编码', 10],
  ['表格数', 8],
  ['任务数', 8],
  ['问题数', 8],
  ['读取提示', 60],
];

export interface SheetGuide {
  sheet: string;
  about: string;
}

export function readmeSheet(name: string, analysis: Analysis, guide: SheetGuide[]): SheetDraft {
  const last = COLUMNS.length - 1;
  const rows: Array<Array<CellPlan | null>> = [
    [text('分工表助手生成的工作簿', ['title'])],
    ...guide.map((g) => [text(g.sheet, ['wrap']), text(g.about, ['wrap'])]),
    [],
    COLUMNS.map(([label]) => text(label, ['header'])),
    ...analysis.documents.map((doc, d) => [
      text(`文件${d + 1}`, ['center']),
      text(doc.title ?? '', ['wrap']),
      text(doc.source, ['wrap']),
      text(doc.encoding, ['center']),
      number(doc.tables.length, ['center']),
      number(analysis.tasks.filter((t) => t.document === d).length, ['center']),
      number(analysis.flags.filter((f) => f.document === d).length, ['center']),
      text(doc.warnings.map((w) => w.message).join('\n'), doc.warnings.length > 0 ? ['wrap', 'warning'] : ['wrap']),
    ]),
    [],
    [text(coverageLine(analysis), ['wrap'])],
    [text(analysis.directoryGiven ? '单位名录：使用您提供的名录。' : '单位名录：由文档自动整理，可在「单位名录」表中修改后再次生成。', ['wrap'])],
    [text(inferredLeadLine(analysis), ['wrap'])],
  ];
  const spanFrom = (row: number) => ({ top: row, left: 0, bottom: row, right: last });
  return {
    name,
    columns: COLUMNS.map(([, width]) => width),
    rows,
    merges: [spanFrom(0), spanFrom(rows.length - 3), spanFrom(rows.length - 2), spanFrom(rows.length - 1), ...guide.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: last }))],
    frozen: { rows: 0, columns: 0 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 0 },
  };
}

/** Where the lead was not written, the clerk should know it was inferred, and by which convention. */
function inferredLeadLine(analysis: Analysis): string {
  const inferred = analysis.tasks.filter((t) => t.units.some((m) => m.role === 'lead' && m.roleSource === 'first-listed')).length;
  const inherited = analysis.tasks.filter((t) => t.units.some((m) => m.roleSource === 'inherited')).length;
  const lines = [
    inferred > 0 ? `牵头单位：${inferred} 项任务原文未写明牵头单位，按「列第一位的为牵头单位」推定为列在第一位的单位，请核对。` : '牵头单位：均按原文写明的牵头单位。',
  ];
  if (inherited > 0) lines.push(`统一注明：${inherited} 项任务的部分单位来自文中「以下……不再注明」的统一说明，不是逐项写明的。`);
  return lines.join('\n');
}

function coverageLine(analysis: Analysis): string {
  const { tasksWithoutBureau, unitsWithoutTask, overloaded } = analysis.coverage;
  return `共 ${analysis.tasks.length} 项任务、${analysis.flags.length} 个审核问题；无具体责任单位的任务 ${tasksWithoutBureau.length} 项；名录中未分配任务的单位 ${unitsWithoutTask.length} 个；任务偏多的单位 ${overloaded.length} 个。`;
}
