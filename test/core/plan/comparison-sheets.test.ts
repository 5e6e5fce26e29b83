import { analyse } from '../../../src/core/analyse';
import { comparePlans } from '../../../src/core/compare/compare-plans';
import { planWorkbook } from '../../../src/core/plan/workbook';
import type { CellPlan, SheetPlan } from '../../../src/core/plan/workbook-plan';
import { readDocument } from '../../../src/core/read';
import { directoryToRows } from '../../../src/core/units/directory-rows';
import { GAOXIN, nextYear } from '../compare/next-year';
import { readSeed } from '../tasks/seed-documents';

async function plans() {
  const last = await readSeed(GAOXIN);
  const read = await readDocument('next.txt', new TextEncoder().encode(nextYear()));
  if (!read.ok) throw new Error(read.error.message);
  const { comparison } = comparePlans([last], [read.value]);
  const analysis = analyse([read.value]);
  return { comparison, analysis, self: comparePlans([last], [last]).comparison };
}

const value = (cell: CellPlan | null | undefined): string | number | undefined =>
  !cell ? undefined : cell.kind === 'text' || cell.kind === 'link' ? cell.text : cell.kind === 'number' ? cell.value : undefined;

function sheet(sheets: SheetPlan[], name: string): SheetPlan {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('the 年度对比 sheets', () => {
  test('are in the workbook only when a comparison is given, after the other sheets, and the 说明 sheet describes them', async () => {
    const { comparison, analysis } = await plans();
    const without = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory) });
    const withIt = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), comparison });
    expect(without.sheets.map((s) => s.name)).not.toContain('年度对比');
    expect(withIt.sheets.map((s) => s.name)).toEqual([...without.sheets.map((s) => s.name), '年度对比', '年度对比-单位']);
    const readme = sheet(withIt.sheets, '说明').rows.flat().map(value).join('\n');
    expect(readme).toContain('年度对比：与上一年的计划相比');
  });

  test('one row per added, removed and changed task, both texts side by side, filled by kind, this year’s row linked to its import sheet', async () => {
    const { comparison, analysis } = await plans();
    const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), comparison });
    const yearly = sheet(plan.sheets, '年度对比');
    const body = yearly.rows.slice(3);
    expect(body.map((row) => value(row[0]))).toEqual(['新增', '删去', '有变化', '有变化']);
    expect(body.map((row) => row[1]?.styles)).toEqual([['wrap', 'info'], ['wrap', 'error'], ['wrap', 'warning'], ['wrap', 'warning']]);
    const reworded = body[3] ?? [];
    expect(value(reworded[1])).toContain('动态修编管委会各类专项预案和部门预案');
    expect(value(reworded[2])).toContain('完成管委会各类专项预案和部门预案的动态修编');
    expect(value(reworded[3])).toBe('是');
    expect(value(body[2]?.[4])).toBe('市场监督管理局');
    const linked = body[0]?.[12];
    expect(linked?.kind).toBe('link');
    if (linked?.kind !== 'link') return;
    const importSheet = sheet(plan.sheets, linked.sheet);
    expect(importSheet.rows[linked.target.row]?.some((cell) => String(value(cell) ?? '').includes('建立无人机飞行活动报备'))).toBe(true);
    expect(yearly.table?.range).toEqual({ top: 2, left: 0, bottom: 6, right: 12 });
  });

  test('the per-unit sheet counts what is new, dropped and changed for each unit, with its sentence', async () => {
    const { comparison, analysis } = await plans();
    const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), comparison });
    const rows = sheet(plan.sheets, '年度对比-单位').rows.slice(3).map((row) => row.map(value));
    expect(rows).toContainEqual(['城市建设事务中心', '单位', 0, 0, 1, 0, 0, '不再承担 1 项（其中牵头 1 项）']);
    expect(rows).toContainEqual(['改革发展局', '单位', 1, 0, 0, 0, 1, '新增牵头 1 项，有变化 1 项']);
  });

  test('a plan against itself gets a sheet that says nothing changed, with no table', async () => {
    const { self, analysis } = await plans();
    const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), comparison: self });
    const yearly = sheet(plan.sheets, '年度对比');
    expect(value(yearly.rows[3]?.[0])).toBe('两年的任务完全相同。');
    expect(yearly.table).toBeUndefined();
  });
});
