import { readDocument } from '../../../src/core/read';
import { comparePlans } from '../../../src/core/compare/compare-plans';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS } from '../read/seed-files';
import { readSeed } from '../tasks/seed-documents';
import { readLayout } from '../../fixtures/layouts/read-layout';
import { GAOXIN, nextYear } from './next-year';

async function readText(name: string, text: string): Promise<SourceDocument> {
  const read = await readDocument(name, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const LAYOUTS = ['table-section-rows.txt', 'table-two-line-header.txt', 'list-lead-support.txt', 'inline-grammar.txt', 'table-pipe-merged.txt', 'units-separators.txt'];

describe('comparePlans', () => {
  test.each(Object.values(SEEDS))('a seed compared with itself reports no change (%s)', async (name) => {
    const seed = await readSeed(name);
    const { comparison, oldTasks } = comparePlans([seed], [seed]);
    expect(comparison).toMatchObject({ added: [], removed: [], changed: [], units: [], fewMatches: false });
    expect(comparison.unchanged).toBe(oldTasks.length);
  });

  test.each(LAYOUTS)('a layout fixture compared with itself reports no change (%s)', async (name) => {
    const { document } = await readLayout(name);
    const { comparison, oldTasks } = comparePlans([document], [document]);
    expect(oldTasks.length).toBeGreaterThan(0);
    expect(comparison).toMatchObject({ added: [], removed: [], changed: [], unchanged: oldTasks.length });
  });

  test('next year’s copy of a seed reports exactly the task gaining a unit, the one removed, the one reworded and the one added', async () => {
    const last = await readSeed(GAOXIN);
    const next = await readText('next.txt', nextYear());
    const { comparison, oldTasks, newTasks } = comparePlans([last], [next]);
    expect(comparison.removed.map((t) => t.text)).toEqual([expect.stringMatching(/^城市管理领域：加快推进城市道路塌陷预防/)]);
    expect(comparison.added.map((t) => t.text)).toEqual(['低空经济领域：建立无人机飞行活动报备和巡查制度，开展低空飞行器起降点消防安全检查。']);
    expect(comparison.added[0]).toMatchObject({ units: ['改革发展局', '高新区公安分局', '各镇街'], lead: ['改革发展局'] });
    expect(comparison.changed).toHaveLength(2);
    const [gained, reworded] = comparison.changed;
    expect(gained).toMatchObject({ textChanged: false, unitsGained: ['市场监督管理局'], unitsLost: [], leadBefore: ['改革发展局'], leadAfter: ['改革发展局'] });
    expect(gained?.new.text).toMatch(/^粮食储备领域/);
    expect(reworded).toMatchObject({ textChanged: true, unitsGained: [], unitsLost: [] });
    expect(reworded?.old.text).toContain('动态修编管委会各类专项预案和部门预案');
    expect(reworded?.new.text).toContain('完成管委会各类专项预案和部门预案的动态修编');
    expect(reworded?.similarity).toBeGreaterThan(0.7);
    expect(comparison.unchanged).toBe(oldTasks.length - 3);
    expect(newTasks).toHaveLength(oldTasks.length);
    expect(comparison.fewMatches).toBe(false);
  });

  test('市场监管局 written for 市场监督管理局 and a year moved on are no change', async () => {
    const last = await readSeed(GAOXIN);
    const next = await readText('next.txt', nextYear());
    const { comparison } = comparePlans([last], [next]);
    const touched = [...comparison.changed.flatMap((c) => [c.old.text, c.new.text]), ...comparison.added.map((t) => t.text), ...comparison.removed.map((t) => t.text)];
    expect(touched.filter((t) => t.startsWith('特种设备领域') || t.includes('2026'))).toEqual([]);
  });

  test('the per-unit summary says who newly carries, no longer carries, or carries a changed task', async () => {
    const last = await readSeed(GAOXIN);
    const next = await readText('next.txt', nextYear());
    const { comparison } = comparePlans([last], [next]);
    const of = (unit: string) => comparison.units.find((u) => u.unit === unit);
    expect(of('市场监督管理局')).toMatchObject({ newLead: 0, newSupport: 1, droppedLead: 0, droppedSupport: 0, changed: 0 });
    expect(of('城市建设事务中心')).toMatchObject({ newLead: 0, newSupport: 0, droppedLead: 1, droppedSupport: 0, changed: 0 });
    expect(of('高新区公安分局')).toMatchObject({ newLead: 0, newSupport: 1 });
    expect(of('改革发展局')).toMatchObject({ newLead: 1, changed: 1 });
    expect(of('各镇街')).toMatchObject({ kind: 'group', newSupport: 1, droppedSupport: 1, changed: 1 });
  });

  test('two unrelated plans find few matches and say so, rather than pairing tasks that share only the vocabulary of safety work', async () => {
    const gaoxin = await readSeed(SEEDS.gaoxin);
    const bishan = await readSeed(SEEDS.bishan);
    const { comparison, oldTasks, newTasks } = comparePlans([gaoxin], [bishan]);
    expect(comparison.fewMatches).toBe(true);
    expect(comparison.changed.length + comparison.unchanged).toBeLessThan(0.1 * Math.min(oldTasks.length, newTasks.length));
  });
});
