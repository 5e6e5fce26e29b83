// Unit lists as real documents write them, read end to end from the layout fixtures.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { readDocument } from '../../../src/core/read';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { yieldsTasks } from '../../../src/core/tables/nothing-read';
import { readLayout, unitRoles } from '../../fixtures/layouts/read-layout';

const LAYOUTS = join(__dirname, '../../fixtures/layouts');

async function read(name: string): Promise<SourceDocument> {
  const result = await readDocument(name, readFileSync(join(LAYOUTS, name)));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('spaces, slashes, 及 and a bracketed （牵头） separate and mark units; 分工负责 names no lead', async () => {
  const { analysis } = await readLayout('units-separators.txt');
  expect(unitRoles(analysis)).toEqual([
    ['县应急局:lead', '县公安局:support'],
    ['县住房和城乡建设委:lead', '县交通局:support'],
    ['县应急局:lead', '各乡镇（街道）:support'],
    ['县应急局:support', '县公安局:support'],
  ]);
  expect(analysis.tasks.map((t) => t.units.map((m) => m.roleSource))).toEqual([
    ['explicit', 'explicit'],
    ['first-listed', 'first-listed'],
    ['first-listed', 'first-listed'],
    ['explicit', 'explicit'],
  ]);
});

test('list-form tasks with only 责任单位 and 配合单位 lines', async () => {
  const { analysis } = await readLayout('list-units-only.txt');
  expect(analysis.tasks.map((t) => [t.seq, t.content, t.deadline])).toEqual([
    ['（一）', '落实防火责任。签订森林防火责任书。', '3月底前'],
    ['（二）', '加强火源管控。严格野外用火审批。', ''],
  ]);
  expect(unitRoles(analysis)).toEqual([
    ['县林业局:lead', '各乡镇（街道）:support'],
    ['县林业局:lead', '县公安局:support'],
  ]);
});

test('a notice with neither a table nor an assignment in its text yields no task', async () => {
  const document = await read('table-no-table.txt');
  expect(yieldsTasks(document)).toBe(false);
  expect(analyse([document]).tasks).toEqual([]);
});

test('documents of two levels read together keep the level each gives its own units', async () => {
  const analysis = analyse([await read('units-city-level.txt'), await read('units-town-level.txt')]);
  expect(analysis.tasks.map((t) => t.units.map((m) => m.canonical))).toEqual([
    ['重庆地震局', '市应急局'],
    ['镇安办', '镇派出所'],
  ]);
});
