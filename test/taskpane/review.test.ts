// What review() gives the panels before 生成: each document's tasks and units, flags named by
// document, table, 序号 and task, and one count of units wherever the pane shows one.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recipients } from '../../src/core/loop/assignments';
import { INITIAL_STATE, type Batch } from '../../src/taskpane/pane-state';
import { setLanguage } from '../../src/taskpane/strings';
import { outcomeText } from '../../src/taskpane/outcome-strings';
import { analyseBatch, readBatch, review, unitTally } from '../../src/taskpane/workspace';

const SEEDS = join(__dirname, '../../seeds');
const SEED_000 = '000_bfdfd6760bd5685d.txt';
const SEED_004 = '004_e49c03a3eb7a1052.txt';

function batchOf(...names: string[]): Promise<Batch> {
  return readBatch(names.map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) })), () => undefined);
}

beforeAll(() => setLanguage('zh-CN'));

describe('the review before 生成', () => {
  test('tallies each document’s tasks and the bureaus they go to, and none for a file marked 上一年', async () => {
    const batch = await batchOf(SEED_000, SEED_004);
    const both = review(batch, INITIAL_STATE.choices);
    const alone = review(await batchOf(SEED_004), INITIAL_STATE.choices);
    expect(both.tallies[1]).toEqual(alone.tallies[0]);
    expect(both.tallies[0]?.tasks).toBe(analyseBatch(await batchOf(SEED_000), INITIAL_STATE.choices).tasks.length);
    // A bureau in both documents counts in each, once in 分发.
    expect((both.tallies[0]?.units ?? 0) + (both.tallies[1]?.units ?? 0)).toBeGreaterThanOrEqual(both.run.units.length);
    const marked = review(batch, { ...INITIAL_STATE.choices, lastYear: [0] });
    expect(marked.tallies[0]).toBeUndefined();
    expect(marked.tallies[1]).toEqual(alone.tallies[0]);
  });

  test('names each flag by its document, table, 序号 and task', async () => {
    const { run } = review(await batchOf(SEED_000), INITIAL_STATE.choices);
    expect(run.flags.every((f) => f.place && f.place.document !== '' && f.place.table !== '' && f.place.row !== '')).toBe(true);
    const flood = run.flags.find((f) => f.code === 'vague-unit' && f.place?.row === '序号 15「防汛抗旱领域」');
    expect(flood?.place).toEqual({ document: '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点', table: '二、重点整治任务', row: '序号 15「防汛抗旱领域」' });
  });

  test('counts units the same way in the outcome and in 分发, and names the 统称 and 泛指 apart', async () => {
    const batch = await batchOf(SEED_000, SEED_004);
    const analysis = analyseBatch(batch, INITIAL_STATE.choices);
    const tally = unitTally(analysis);
    expect(tally.bureaus).toBe(review(batch, INITIAL_STATE.choices).run.units.length);
    expect(tally.bureaus).toBe(recipients(analysis).length);
    expect(tally.bureaus + tally.groups + tally.vague).toBe(analysis.byUnit.length);
    expect(outcomeText().analysed(2, analysis.tasks.length, tally, 0)).toContain(`涉及 ${tally.bureaus} 个单位（另有统称 ${tally.groups} 个、泛指 ${tally.vague} 个）`);
  });
});
