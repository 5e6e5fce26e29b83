// The pane's reducer: plain data in, plain data out, one event at a time.

import { INITIAL_STATE, paneReducer, type Batch, type PaneEvent, type PaneOutcome, type PaneState, type RunOutcome } from '../../src/taskpane/pane-state';

const BATCH: Batch = { documents: [{ source: 'a.txt', format: 'text', encoding: 'utf-8', tables: [], warnings: [] }], refused: [], preview: [] };

const DONE: PaneOutcome = { kind: 'ok', title: '回收汇总完成', lines: [], warnings: [] };

function run(ok: boolean): RunOutcome {
  return {
    outcome: { kind: ok ? 'ok' : 'failed', title: ok ? '已生成汇总工作表' : '写入工作簿失败', lines: [], warnings: [] },
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
    expect(after.readNote).toMatchObject({ kind: 'failed', title: '没有可用的文件', lines: ['「x.doc」：旧版 Word'] });
  });

  test('a batch where some files could not be read is a partial read, never a success, and names each refused file', () => {
    const after = paneReducer(INITIAL_STATE, { type: 'batch', batch: { ...BATCH, refused: ['「a.pdf」：PDF', '「b.xlsx」：工作簿'] } });
    expect(after.batch?.documents).toHaveLength(1);
    expect(after.readNote).toEqual({ kind: 'partial', title: '已读取 1 份文件，2 份未能读取', lines: ['「a.pdf」：PDF', '「b.xlsx」：工作簿'], warnings: [] });
    expect(paneReducer(INITIAL_STATE, { type: 'batch', batch: BATCH }).readNote).toBeUndefined();
  });

  test('a failed 生成 keeps the flags and units of the last good one', () => {
    const good = paneReducer(INITIAL_STATE, { type: 'generated', run: run(true) });
    const failed = paneReducer(good, { type: 'generated', run: run(false) });
    expect(failed.flags).toEqual(good.flags);
    expect(failed.units).toEqual(good.units);
    expect(failed.outcomes.import?.kind).toBe('failed');
  });

  test('a flag status changes only that flag, and 分发 choices add and remove units', () => {
    const good: PaneState = paneReducer(INITIAL_STATE, { type: 'generated', run: run(true) });
    expect(paneReducer(good, { type: 'flagStatus', key: 'k', status: '已确认' }).flags[0]?.status).toBe('已确认');
    const none = paneReducer(good, { type: 'send', units: ['区应急局', '区公安分局'], send: false });
    expect(none.unsent.sort()).toEqual(['区公安分局', '区应急局']);
    expect(paneReducer(none, { type: 'send', units: ['区应急局'], send: true }).unsent).toEqual(['区公安分局']);
  });

  test('a step clears the last outcome of its tab when something starts, and finishing sets it', () => {
    const ended = paneReducer(INITIAL_STATE, { type: 'finished', outcome: DONE });
    expect(ended.outcomes.import).toBe(DONE);
    const started = paneReducer(ended, { type: 'step', step: '正在读取…' });
    expect(started).toMatchObject({ step: '正在读取…', stepTab: 'import' });
    expect(started.outcomes.import).toBeUndefined();
    expect(paneReducer(started, { type: 'step', step: '正在写入…' }).step).toBe('正在写入…');
  });

  test('a 到期提醒 download leaves its per-unit table on the 督办 tab; the next pick that fails takes the table away with the old outcome', () => {
    const due: PaneOutcome = { ...DONE, title: '已更新到期提醒', next: { downloaded: '汇总-到期提醒-2025-07-01.xlsx' }, due: [{ unit: '区应急局', overdue: 2, dueSoon: 1 }] };
    const onLoop = paneReducer(INITIAL_STATE, { type: 'tab', tab: 'loop' });
    const done = paneReducer(paneReducer(onLoop, { type: 'step', step: '正在读取工作簿中的「进展汇总」…' }), { type: 'finished', outcome: due });
    expect(done.outcomes.loop?.due).toEqual([{ unit: '区应急局', overdue: 2, dueSoon: 1 }]);
    expect(done.outcomes.loop?.next).toEqual({ downloaded: '汇总-到期提醒-2025-07-01.xlsx' });
    const failed: PaneOutcome = { kind: 'failed', title: '「任务.xlsx」中没有「进展汇总」', lines: [], warnings: [] };
    const again = paneReducer(paneReducer(done, { type: 'step', step: 's' }), { type: 'finished', outcome: failed });
    expect(again.outcomes.loop).toBe(failed);
    expect(again.outcomes.loop?.due).toBeUndefined();
  });

  test('an outcome stays on the tab its action was started from, even when the clerk has moved on', () => {
    const onLoop = paneReducer(INITIAL_STATE, { type: 'tab', tab: 'loop' });
    const started = paneReducer(onLoop, { type: 'step', step: '正在汇总…' });
    const moved = paneReducer(started, { type: 'tab', tab: 'problems' });
    const ended = paneReducer(moved, { type: 'finished', outcome: DONE });
    expect(ended.outcomes).toEqual({ loop: DONE });
    expect(ended.step).toBeUndefined();
    // The import tab's own outcome is left alone by the 督办 run.
    const both = paneReducer(paneReducer(INITIAL_STATE, { type: 'generated', run: run(true) }), { type: 'tab', tab: 'loop' });
    expect(paneReducer(paneReducer(both, { type: 'step', step: 's' }), { type: 'finished', outcome: DONE }).outcomes.import?.title).toBe('已生成汇总工作表');
  });

  test('what 生成 said goes once the choices change (a 名录 merge, a column, an option), and the files that could not be read are still named', () => {
    const read = paneReducer(INITIAL_STATE, { type: 'batch', batch: { ...BATCH, refused: ['「a.pdf」：PDF'] } });
    const generated = paneReducer(read, { type: 'generated', run: run(true) });
    expect(generated.outcomes.import?.title).toBe('已生成汇总工作表');
    const changes: PaneEvent[] = [
      { type: 'edits', edits: { ...INITIAL_STATE.choices.edits, merged: [['甲局', '甲局办公室']] } },
      { type: 'role', key: '0/0/1', role: 'note' },
      { type: 'options', options: { ...INITIAL_STATE.choices.options, unitSheets: true } },
    ];
    for (const change of changes) {
      const after = paneReducer(generated, change);
      expect(after.outcomes.import).toBeUndefined();
      expect(after.readNote?.lines).toEqual(['「a.pdf」：PDF']);
    }
    // Filters and tab changes leave it, since nothing 生成 would write has changed.
    expect(paneReducer(generated, { type: 'filter', code: 'blank-unit' }).outcomes.import).toBe(generated.outcomes.import);
  });

  test('starting a run on the import tab drops the last read’s note; a run on another tab keeps it', () => {
    const read = paneReducer(INITIAL_STATE, { type: 'batch', batch: { ...BATCH, refused: ['「a.pdf」：PDF'] } });
    expect(paneReducer(read, { type: 'step', step: '正在写入…' }).readNote).toBeUndefined();
    expect(paneReducer(paneReducer(read, { type: 'tab', tab: 'loop' }), { type: 'step', step: '正在汇总…' }).readNote).toBe(read.readNote);
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
    const reviewed = paneReducer(INITIAL_STATE, { type: 'reviewed', review: { proposals: [], groups: [], idle: [] }, run: run(true), tallies: [] });
    expect(reviewed.flags).toHaveLength(1);
    expect(reviewed.flagsInWorkbook).toBe(false);
    const generated = paneReducer(reviewed, { type: 'generated', run: { ...run(true), inWorkbook: true } });
    expect(generated.flagsInWorkbook).toBe(true);
    const downloaded = paneReducer(generated, { type: 'generated', run: run(true) });
    expect(downloaded.flagsInWorkbook).toBe(false);
    expect(paneReducer(generated, { type: 'reviewed', review: { proposals: [], groups: [], idle: [] }, run: run(true), tallies: [] }).flagsInWorkbook).toBe(false);
  });

  test('a 生成 that stops to ask keeps the flags as they were and holds the question until the next step', () => {
    const generated = paneReducer(INITIAL_STATE, { type: 'generated', run: { ...run(true), inWorkbook: true } });
    const asked = paneReducer(generated, { type: 'generated', run: { ...run(true), flags: [], asked: { replaced: ['审核问题'], removed: ['旧文件'] } } });
    expect(asked.asked).toEqual({ replaced: ['审核问题'], removed: ['旧文件'] });
    expect(asked.flags).toBe(generated.flags);
    expect(asked.flagsInWorkbook).toBe(true);
    expect(paneReducer(asked, { type: 'step', step: '正在写入工作簿…' }).asked).toBeUndefined();
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
