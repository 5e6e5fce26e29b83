// The pane's reducer: plain data in, plain data out, one event at a time.

import { INITIAL_STATE, paneReducer, type Batch, type PaneState, type RunOutcome } from '../../src/taskpane/pane-state';

const BATCH: Batch = { documents: [{ source: 'a.txt', format: 'text', encoding: 'utf-8', tables: [], warnings: [] }], refused: [], preview: [] };

function run(ok: boolean): RunOutcome {
  return {
    outcome: { ok, title: ok ? '生成完成 · Done' : '写入工作簿失败', lines: [], warnings: [] },
    flags: ok ? [{ key: 'k', severity: 'error', severityLabel: '严重', code: 'blank-unit', codeLabel: '责任单位空白', text: '', message: '', units: [], status: '待处理' }] : [],
    units: ok ? [{ unit: '区应急局', lead: 2, support: 1 }] : [],
  };
}

describe('paneReducer', () => {
  test('a new batch replaces the old one and forgets the column corrections made for it', () => {
    const corrected = paneReducer(paneReducer(INITIAL_STATE, { type: 'batch', batch: BATCH }), { type: 'role', key: '0/0/1', role: 'note' });
    expect(corrected.choices.roles).toEqual({ '0/0/1': 'note' });
    const next = paneReducer(corrected, { type: 'batch', batch: { ...BATCH, preview: [] } });
    expect(next.choices.roles).toEqual({});
  });

  test('a batch where nothing could be read keeps the batch before it and says why', () => {
    const before = paneReducer(INITIAL_STATE, { type: 'batch', batch: BATCH });
    const after = paneReducer(before, { type: 'batch', batch: { documents: [], refused: ['「x.doc」：旧版 Word'], preview: [] } });
    expect(after.batch).toBe(before.batch);
    expect(after.outcome).toMatchObject({ ok: false, title: '没有可用的文件', lines: ['「x.doc」：旧版 Word'] });
  });

  test('a failed 生成 keeps the flags and units of the last good one', () => {
    const good = paneReducer(INITIAL_STATE, { type: 'generated', run: run(true) });
    const failed = paneReducer(good, { type: 'generated', run: run(false) });
    expect(failed.flags).toEqual(good.flags);
    expect(failed.units).toEqual(good.units);
    expect(failed.outcome?.ok).toBe(false);
  });

  test('a flag status changes only that flag, and 分发 choices add and remove units', () => {
    const good: PaneState = paneReducer(INITIAL_STATE, { type: 'generated', run: run(true) });
    expect(paneReducer(good, { type: 'flagStatus', key: 'k', status: '已确认' }).flags[0]?.status).toBe('已确认');
    const none = paneReducer(good, { type: 'send', units: ['区应急局', '区公安分局'], send: false });
    expect(none.unsent.sort()).toEqual(['区公安分局', '区应急局']);
    expect(paneReducer(none, { type: 'send', units: ['区应急局'], send: true }).unsent).toEqual(['区公安分局']);
  });

  test('a step clears the last outcome when something starts, and finishing sets it', () => {
    const ended = paneReducer(INITIAL_STATE, { type: 'finished', outcome: { ok: true, title: 't', lines: [], warnings: [] } });
    const started = paneReducer(ended, { type: 'step', step: '正在读取…' });
    expect(started).toMatchObject({ step: '正在读取…', outcome: undefined });
    expect(paneReducer(started, { type: 'step', step: '正在写入…' }).step).toBe('正在写入…');
  });
  test('a file is marked 上一年 and unmarked as plain data, kept in order, and forgotten with the batch', () => {
    const two: Batch = { ...BATCH, documents: [BATCH.documents[0]!, { ...BATCH.documents[0]!, source: 'b.txt' }, { ...BATCH.documents[0]!, source: 'c.txt' }] };
    const read = paneReducer(INITIAL_STATE, { type: 'batch', batch: two });
    expect(read.choices.lastYear).toEqual([]);
    const marked = paneReducer(paneReducer(read, { type: 'lastYear', document: 2, lastYear: true }), { type: 'lastYear', document: 0, lastYear: true });
    expect(marked.choices.lastYear).toEqual([0, 2]);
    // Marking twice changes nothing; a document the batch does not have is ignored.
    expect(paneReducer(marked, { type: 'lastYear', document: 0, lastYear: true }).choices.lastYear).toEqual([0, 2]);
    expect(paneReducer(marked, { type: 'lastYear', document: 5, lastYear: true })).toBe(marked);
    const unmarked = paneReducer(marked, { type: 'lastYear', document: 2, lastYear: false });
    expect(unmarked.choices.lastYear).toEqual([0]);
    expect(unmarked.choices.options).toBe(read.choices.options);
    expect(paneReducer(unmarked, { type: 'batch', batch: two }).choices.lastYear).toEqual([]);
  });

  test('without a batch there is nothing to mark', () => {
    expect(paneReducer(INITIAL_STATE, { type: 'lastYear', document: 0, lastYear: true })).toBe(INITIAL_STATE);
  });

  test('flags only reviewed are not in the workbook; those of a 生成 are, until the next review (issue 17 F)', () => {
    const reviewed = paneReducer(INITIAL_STATE, { type: 'reviewed', review: { proposals: [], groups: [], idle: [] }, run: run(true) });
    expect(reviewed.flags).toHaveLength(1);
    expect(reviewed.flagsInWorkbook).toBe(false);
    const generated = paneReducer(reviewed, { type: 'generated', run: { ...run(true), inWorkbook: true } });
    expect(generated.flagsInWorkbook).toBe(true);
    const downloaded = paneReducer(generated, { type: 'generated', run: run(true) });
    expect(downloaded.flagsInWorkbook).toBe(false);
    expect(paneReducer(generated, { type: 'reviewed', review: { proposals: [], groups: [], idle: [] }, run: run(true) }).flagsInWorkbook).toBe(false);
  });

  test('a 生成 that stops to ask keeps the flags as they were and holds the question until the next step', () => {
    const generated = paneReducer(INITIAL_STATE, { type: 'generated', run: { ...run(true), inWorkbook: true } });
    const asked = paneReducer(generated, { type: 'generated', run: { ...run(true), flags: [], asked: { replaced: ['审核问题'], removed: ['旧文件'] } } });
    expect(asked.asked).toEqual({ replaced: ['审核问题'], removed: ['旧文件'] });
    expect(asked.flags).toBe(generated.flags);
    expect(asked.flagsInWorkbook).toBe(true);
    expect(paneReducer(asked, { type: 'step', step: '正在写入工作簿…' }).asked).toBeUndefined();
  });
});
