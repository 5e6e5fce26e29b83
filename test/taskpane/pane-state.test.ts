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

  test('撤销 takes back one 名录 decision and keeps the others; a new batch forgets them all', () => {
    const read = paneReducer(INITIAL_STATE, { type: 'batch', batch: BATCH });
    const edits = { merged: [['区应急局', '区应急管理局']] as Array<[string, string]>, distinct: [['区教委', '区教育局']] as Array<[string, string]>, members: {} };
    const decided = paneReducer(read, { type: 'edits', edits });
    const undone = paneReducer(decided, { type: 'undo', decision: 0 });
    expect(undone.choices.edits).toEqual({ merged: [], distinct: [['区教委', '区教育局']], members: {} });
    expect(paneReducer(undone, { type: 'undo', decision: 0 }).choices.edits).toEqual({ merged: [], distinct: [], members: {} });
    expect(paneReducer(decided, { type: 'batch', batch: BATCH }).choices.edits).toEqual({ merged: [], distinct: [], members: {} });
  });

  test('分发’s sort and search are kept as the clerk sets them, one at a time', () => {
    expect(INITIAL_STATE.listing).toEqual({ sort: 'name', query: '' });
    const sorted = paneReducer(INITIAL_STATE, { type: 'listing', sort: 'count' });
    const searched = paneReducer(sorted, { type: 'listing', query: '应急' });
    expect(searched.listing).toEqual({ sort: 'count', query: '应急' });
  });

  test('a review brings each document’s tally, and a new batch forgets the old tallies', () => {
    const read = paneReducer(INITIAL_STATE, { type: 'batch', batch: BATCH });
    const reviewed = paneReducer(read, { type: 'reviewed', review: { proposals: [], groups: [], idle: [] }, run: { flags: [], units: [] }, tallies: [{ tasks: 3, units: 2 }] });
    expect(reviewed.tallies).toEqual([{ tasks: 3, units: 2 }]);
    expect(paneReducer(reviewed, { type: 'batch', batch: BATCH }).tallies).toEqual([]);
  });
});
