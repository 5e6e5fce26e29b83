// 「单位汇总」: one row per unit with its load (牵头, 配合, 经由统称) in all and per table, concrete
// bureaus first by load; groups and vague references listed apart, since they name no one body.

import type { Analysis } from '../analysis';
import type { UnitLoad } from '../pivot/unit-load';
import { blank, number, text } from './cells';
import { KIND_LABEL } from './labels';
import { compareText } from './order';
import { tableName } from '../source-labels';
import type { CellPlan, CellRange, SheetDraft } from './workbook-plan';

interface TableColumn {
  document: number;
  table: number;
}

export function unitSummarySheet(name: string, analysis: Analysis): SheetDraft {
  const tables = tablesWithTasks(analysis);
  const heads = ['单位', '类型', '牵头', '配合', '经由统称', '合计（牵头+配合）', ...tables.map((t) => `文件${t.document + 1}·${tableName(analysis, t.document, t.table)}`), '备注'];
  const width = heads.length;
  const loads = [...analysis.byUnit, ...idleBureaus(analysis)];
  const bureaus = loads.filter((u) => u.kind === 'bureau').sort(byLoad);
  const others = loads.filter((u) => u.kind !== 'bureau').sort(byLoad);
  const row = (u: UnitLoad) => unitRow(u, tables, remarkOf(u, analysis));
  const rows: Array<Array<CellPlan | null>> = [heads.map((h) => text(h, ['header'])), ...bureaus.map(row)];
  const merges: CellRange[] = [];
  if (others.length > 0) {
    rows.push([], [text('统称与泛指（不指向具体单位，不计入单位负担）', ['section'])]);
    merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: width - 1 });
    rows.push(...others.map(row));
  }
  return {
    name,
    columns: [24, 6, 6, 6, 8, 10, ...tables.map(() => 12), 32],
    rows,
    merges,
    frozen: { rows: 1, columns: 1 },
    validations: [],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: 1 },
  };
}

function unitRow(u: UnitLoad, tables: TableColumn[], remark: string): CellPlan[] {
  const perTable = tables.map((t) => {
    const count = u.perTable.find((c) => c.document === t.document && c.table === t.table);
    const total = count ? count.lead + count.support + count.viaGroup : 0;
    return total === 0 ? blank(['center']) : number(total, ['center']);
  });
  return [
    text(u.canonical, ['wrap']),
    text(KIND_LABEL[u.kind], ['center']),
    number(u.lead.length, ['center']),
    number(u.support.length, ['center']),
    number(u.viaGroup.length, ['center']),
    number(u.lead.length + u.support.length, ['center']),
    ...perTable,
    text(remark, ['wrap']),
  ];
}

function remarkOf(u: UnitLoad, analysis: Analysis): string {
  const heavy = analysis.coverage.overloaded.find((o) => o.canonical === u.canonical);
  if (heavy) return `任务偏多：${heavy.load} 项（中位数 ${heavy.median} 项）`;
  if (analysis.coverage.unitsWithoutTask.includes(u.canonical)) return '名录中有，未分配任务';
  return '';
}

/** Bureaus of the directory that carry no task still get a row, so the gap shows. */
function idleBureaus(analysis: Analysis): UnitLoad[] {
  const listed = new Set(analysis.byUnit.map((u) => u.canonical));
  return analysis.coverage.unitsWithoutTask
    .filter((canonical) => !listed.has(canonical))
    .map((canonical) => ({ canonical, kind: 'bureau', writtenForms: [], lead: [], support: [], viaGroup: [], perTable: [] }));
}

function tablesWithTasks(analysis: Analysis): TableColumn[] {
  const seen = new Map<string, TableColumn>();
  for (const task of analysis.tasks) seen.set(`${task.document}/${task.table}`, { document: task.document, table: task.table });
  return [...seen.values()].sort((a, b) => a.document - b.document || a.table - b.table);
}

function byLoad(a: UnitLoad, b: UnitLoad): number {
  const load = (u: UnitLoad) => u.lead.length + u.support.length;
  return load(b) - load(a) || b.lead.length - a.lead.length || b.viaGroup.length - a.viaGroup.length || compareText(a.canonical, b.canonical);
}
