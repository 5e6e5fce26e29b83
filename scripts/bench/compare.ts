// The 年度对比 part of the benchmark: two synthetic plans of up to 5,000 tasks, last year's and this
// year's, read through one directory and compared (comparePlans: directory, tasks of both sides,
// matching and the per-unit summary). Files are read once, before timing.
//
// Each task is a seed row made distinct by a place name of three characters (a plan of 5,000 tasks
// does not say one thing 20 times). This year's plan, built from last year's as an office would:
// the order of the tasks turned around, one task in 20 dropped, one in 20 new, one in 10 reworded,
// one in 20 given another unit, and every year moved on by one.

import { comparePlans } from '../../src/core/compare/compare-plans';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { readSeeds, seedRows } from './synthetic';
import { medianMs } from './timing';

const MAX_TASKS = 5000;
/** Each run reads and compares both plans; five runs give a steady median. */
const MAX_RUNS = 5;
const PLACE = '东南西北中上下前后新老高低长青红白金石山水林田河湖桥园城村';

export interface CompareReport {
  tasks: number;
  medianMs: number;
  /** What the comparison found, so the figure is known to come from real work. */
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  runs: number;
}

interface Row {
  heading: string;
  content: string;
  units: string;
}

function place(i: number): string {
  const n = PLACE.length;
  return `${PLACE[i % n]}${PLACE[Math.floor(i / n) % n]}${PLACE[Math.floor(i / n / n) % n]}片区`;
}

function planText(rows: Row[]): Uint8Array {
  const lines = ['附件', '', '重点任务分工（合成）', '一、重点措施', '\t序号', '\t名称', '\t工作内容', '\t责任单位', ''];
  rows.forEach((row, i) => lines.push(`\t${i + 1}`, `\t${row.heading}`, `\t${row.content}`, `\t${row.units}`, ''));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

async function read(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  const result = await readDocument(name, bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function benchCompare({ rows, runs }: { rows: number; runs: number }): Promise<CompareReport> {
  const tasks = Math.min(MAX_TASKS, rows);
  const seeds = (await seedRows(readSeeds())).map((r) => r.cells.map((c) => c.text.replace(/\n/g, '')));
  const last: Row[] = Array.from({ length: tasks }, (_, i) => {
    const [, heading = '', content = '', units = ''] = seeds[i % seeds.length] ?? [];
    // A blank 名称 would be filled from the row above, which the reversal changes.
    return { heading: heading || '重点任务', content: `${place(i)}：${content}`, units: units || '县应急管理局' };
  });
  const next: Row[] = [];
  last.forEach((row, i) => {
    if (i % 20 === 7) return;
    if (i % 10 === 3) next.push({ ...row, content: `进一步${row.content.replace(/，/g, '；')}，并按季度通报` });
    else if (i % 20 === 11) next.push({ ...row, units: `${row.units}、县数据局` });
    else next.push(row);
    if (i % 20 === 13) next.push({ heading: '新增任务', content: `${place(i + tasks)}：建立低空飞行器起降点台账，开展无人机巡查`, units: '县交通局、县公安局' });
  });
  next.reverse();
  const lastBytes = planText(last);
  const nextBytes = new TextEncoder().encode(new TextDecoder().decode(planText(next)).replace(/2025/g, '2026'));
  const oldDocument = await read('last.txt', lastBytes);
  const newDocument = await read('next.txt', nextBytes);
  let found = comparePlans([oldDocument], [newDocument]).comparison;
  const timedRuns = Math.min(runs, MAX_RUNS);
  const ms = await medianMs(timedRuns, async () => {
    found = comparePlans([oldDocument], [newDocument]).comparison;
  });
  return { tasks, medianMs: ms, added: found.added.length, removed: found.removed.length, changed: found.changed.length, unchanged: found.unchanged, runs: timedRuns };
}
