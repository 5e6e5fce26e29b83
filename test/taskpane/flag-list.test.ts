// The 问题 panel's list: filters, one group per type under its worst severity, the 待处理 count and the units sorted by name.

import { filterFlags, flagUnits, groupFlags, pendingCount } from '../../src/taskpane/flag-list';
import type { FlagItem } from '../../src/taskpane/pane-state';

const LABEL = { error: '严重', warning: '警告', info: '提示' } as const;

function flag(key: string, code: string, severity: FlagItem['severity'], units: string[], status = '待处理'): FlagItem {
  return { key, severity, severityLabel: LABEL[severity], code, codeLabel: code, text: '', message: '', units, status };
}

const FLAGS = [
  flag('a', 'deadline', 'warning', ['区应急局']),
  flag('b', 'blank-unit', 'error', []),
  flag('c', 'deadline', 'error', ['区公安分局'], '已确认'),
  flag('d', 'vague-unit', 'info', ['有关部门', '区应急局'], '忽略'),
];

describe('the 问题 panel’s list', () => {
  test('puts each type in one group, under the worst severity among its flags, the worst groups first', () => {
    expect(groupFlags(FLAGS).map((g) => [g.title, g.flags.map((f) => f.key)])).toEqual([
      ['严重 · deadline', ['a', 'c']],
      ['严重 · blank-unit', ['b']],
      ['提示 · vague-unit', ['d']],
    ]);
  });

  test('filters by type and by unit, and counts what is still 待处理', () => {
    expect(filterFlags(FLAGS, { code: 'deadline', unit: '' }).map((f) => f.key)).toEqual(['a', 'c']);
    expect(filterFlags(FLAGS, { code: '', unit: '区应急局' }).map((f) => f.key)).toEqual(['a', 'd']);
    expect(pendingCount(FLAGS)).toBe(2);
    expect(pendingCount(filterFlags(FLAGS, { code: 'deadline', unit: '' }))).toBe(1);
  });

  test('lists every unit the flags name once, in pinyin order', () => {
    expect(flagUnits(FLAGS)).toEqual(['区公安分局', '区应急局', '有关部门']);
  });
});
