// How a run ends as the clerk is told, with and without 取消.

import type { PaneOutcome } from '../../src/taskpane/pane-state';
import { runEnd } from '../../src/taskpane/run-end';

const WRITTEN: PaneOutcome = { kind: 'ok', title: '已生成汇总工作表', lines: ['1 份文件、2 项任务，拆分出 1 个单位；发现 0 个审核问题。'], warnings: [] };
const aborted = () => {
  const controller = new AbortController();
  controller.abort();
  try {
    controller.signal.throwIfAborted();
  } catch (error) {
    return error;
  }
  throw new Error('not aborted');
};

describe('runEnd', () => {
  test('a run stopped by 取消 at a step says what it left untouched, and is a failure, never a success', () => {
    expect(runEnd(true, 'workbook', { error: aborted() })).toEqual({ kind: 'failed', title: '已取消', lines: ['工作簿未改动。'], warnings: [] });
    expect(runEnd(true, 'download', { error: aborted() }).lines).toEqual(['没有下载任何文件。']);
    expect(runEnd(true, 'read', { error: aborted() }).lines).toEqual(['没有读入新的文件，原来的预览保留。']);
  });

  test('an error with no 取消 is an internal error naming it', () => {
    expect(runEnd(false, 'workbook', { error: new Error('RichApi.Error') })).toEqual({ kind: 'failed', title: '出现意外错误', lines: ['RichApi.Error'], warnings: [] });
  });

  test('a run that finished although 取消 came once the write had begun says it was written all the same', () => {
    expect(runEnd(true, 'workbook', WRITTEN).lines).toEqual(['取消时已在写入工作簿，写入已全部完成：', ...WRITTEN.lines]);
    expect(runEnd(false, 'workbook', WRITTEN)).toBe(WRITTEN);
    const refused: PaneOutcome = { ...WRITTEN, kind: 'failed', title: '未生成，工作簿未改动' };
    expect(runEnd(true, 'workbook', refused)).toBe(refused);
  });
});
