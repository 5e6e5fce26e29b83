// What a re-run keeps: the clerk's 处理状态 on flags that are still there (by 问题键, not by row), and
// the answers collected into 进展汇总 for tasks that are still there.

import { cellValues } from '../../../src/core/plan/cell-values';
import { flagKey, readFlagStatuses } from '../../../src/core/plan/flags-sheet';
import { readProgress } from '../../../src/core/loop/progress';
import { planWorkbook } from '../../../src/core/plan/workbook';
import { DIRECTORY_ROWS, sampleAnalysis } from './analysis-fixture';

const text = (rows: Array<Array<string | number | null>> | undefined) => (rows ?? []).map((row) => row.map((v) => (v === null ? '' : String(v))));

describe('a re-run of the same documents', () => {
  test('every flag has its own 问题键, and the statuses read back are carried to the same flags in a new plan', () => {
    const analysis = sampleAnalysis();
    const first = cellValues(planWorkbook(analysis, { directoryRows: DIRECTORY_ROWS }))['审核问题'];
    const keys = analysis.flags.map((flag) => flagKey(analysis, flag));
    expect(new Set(keys).size).toBe(keys.length);
    const edited = text(first).map((row, i) => (i === 1 ? row.map((v, c) => (c === 8 ? '已确认' : v)) : row));
    const statuses = readFlagStatuses(edited);
    expect(Object.values(statuses)).toEqual(['已确认']);

    const reordered = { ...analysis, flags: [...analysis.flags].reverse() };
    const second = text(cellValues(planWorkbook(reordered, { directoryRows: DIRECTORY_ROWS, flagStatuses: statuses }))['审核问题']);
    const confirmed = second.filter((row) => row[8] === '已确认');
    expect(confirmed.map((row) => row[9])).toEqual(Object.keys(statuses));
  });

  test('answers in the old 进展汇总 stay with their task and unit', () => {
    const analysis = sampleAnalysis();
    const first = readProgress(text(cellValues(planWorkbook(analysis, { directoryRows: DIRECTORY_ROWS }))['进展汇总'])) ?? [];
    const answered = first.map((row, i) => (i === 0 ? { ...row, answer: { ...row.answer, status: '已完成' }, file: '应急局.xlsx' } : row));
    const second = readProgress(text(cellValues(planWorkbook(analysis, { directoryRows: DIRECTORY_ROWS, previousProgress: answered }))['进展汇总'])) ?? [];
    expect(second).toEqual(answered);
  });
});
