// The 单位名录 panel's decisions as a list, each of which 撤销 takes back alone.

import { NO_EDITS, type DirectoryEdits } from '../../src/core/units/directory-edits';
import { decisionsOf, withoutDecision } from '../../src/taskpane/directory-decisions';

const EDITS: DirectoryEdits = {
  merged: [
    ['区应急局', '区应急管理局'],
    ['区公安分局', '区公安局'],
  ],
  distinct: [['区教委', '区教育局']],
  members: { 各镇街: ['甲镇', '乙街道'] },
};

describe('the decisions of the 单位名录 panel', () => {
  test('are listed merges first, then pairs kept apart, then members set', () => {
    expect(decisionsOf(EDITS)).toEqual([
      { kind: 'merged', kept: '区应急局', merged: '区应急管理局' },
      { kind: 'merged', kept: '区公安分局', merged: '区公安局' },
      { kind: 'distinct', a: '区教委', b: '区教育局' },
      { kind: 'members', group: '各镇街', members: ['甲镇', '乙街道'] },
    ]);
    expect(decisionsOf(NO_EDITS)).toEqual([]);
  });

  test('撤销 of one takes back that one and keeps the others', () => {
    expect(withoutDecision(EDITS, 1)).toEqual({ ...EDITS, merged: [['区应急局', '区应急管理局']] });
    expect(withoutDecision(EDITS, 2)).toEqual({ ...EDITS, distinct: [] });
    expect(withoutDecision(EDITS, 3)).toEqual({ ...EDITS, members: {} });
    expect(withoutDecision(EDITS, 4)).toBe(EDITS);
  });
});
