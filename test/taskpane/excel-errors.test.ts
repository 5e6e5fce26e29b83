// Excel's failures as the clerk reads them: Office's error code picks advice in the pane's language,
// Excel's own text only under 「详细信息」, and our own messages (already the clerk's words) unchanged.

import { excelProblem, excelText, failedInExcel, thrownOutcome } from '../../src/taskpane/excel-errors';
import { generate, readBatch } from '../../src/taskpane/workspace';
import { runIntoWorkbook } from '../../src/excel/run-workbook';
import { INITIAL_STATE } from '../../src/taskpane/pane-state';
import { setLanguage } from '../../src/taskpane/strings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeExcel } from '../excel/fake-excel';

/** As Office.js gives it: a code from Excel.ErrorCodes and a developer's message. */
const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

const CODES = [
  'InvalidArgument',
  'ItemNotFound',
  'AccessDenied',
  'ApiNotFound',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'InsertDeleteConflict',
  'GeneralException',
  'InvalidOperation',
  'Unauthenticated',
  'InvalidOperationInCellEditMode',
  'ItemAlreadyExists',
  'MergedRangeConflict',
];

describe('Excel’s errors in the clerk’s words', () => {
  afterEach(() => setLanguage('zh-CN'));

  test.each(CODES)('%s gets its own Chinese advice, and Excel’s text goes under 详细信息 only', (code) => {
    const problem = excelProblem(officeError(code, 'The argument is invalid or missing or has an incorrect format.'));
    expect(problem.advice).not.toBe(excelText().unknown);
    expect(problem.advice).toMatch(/[\u4e00-\u9fff]/);
    expect(problem.advice).not.toContain('The argument');
    expect(problem.advice).toMatch(/请/);
    expect(problem.details).toEqual([`${code}: The argument is invalid or missing or has an incorrect format.`]);
  });

  test.each(CODES)('%s has English advice in the English pane', async (code) => {
    await setLanguage('en-US');
    const problem = excelProblem(officeError(code, 'x'));
    expect(problem.advice).not.toBe(excelText().unknown);
    expect(problem.advice).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('every code gives different advice from every other, so none is a copy left by mistake', () => {
    const advice = CODES.map((code) => excelProblem(officeError(code, '')).advice);
    expect(new Set(advice).size).toBe(CODES.length);
  });

  test('a code Excel may add later gets the general advice, with its text under 详细信息', () => {
    expect(excelProblem(officeError('SomethingNew', 'new'))).toEqual({ advice: excelText().unknown, details: ['SomethingNew: new'] });
  });

  test('our own refusals have no code and are shown as written, with no 详细信息', () => {
    const outcome = failedInExcel('写入工作簿失败，原有工作表未改动', new Error('工作簿中已有名为「单位汇总」的工作表或表格；为免覆盖，未写入任何内容。'));
    expect(outcome).toEqual({ kind: 'failed', title: '写入工作簿失败，原有工作表未改动', lines: ['工作簿中已有名为「单位汇总」的工作表或表格；为免覆盖，未写入任何内容。'], warnings: [] });
    expect(thrownOutcome(new TypeError('x is undefined')).title).toBe('出现意外错误');
  });

  test('an Excel failure that reaches the pane is titled as Excel’s, not as an internal error', () => {
    expect(thrownOutcome(officeError('ItemNotFound', 'The requested resource doesn’t exist.'))).toEqual({
      kind: 'failed',
      title: 'Excel 未能完成操作',
      lines: ['要用的工作表或单元格已不在工作簿中（可能被删除或改动过）。请重新「生成汇总工作表」后再试。'],
      warnings: [],
      details: ['ItemNotFound: The requested resource doesn’t exist.'],
    });
  });

  test('生成 that Excel refuses over the request size says what to do in Chinese, with Excel’s text under 详细信息', async () => {
    const excel = new FakeExcel(['Sheet1']);
    excel.requestLimitBytes = 10_000;
    const batch = await readBatch([{ name: '000.txt', bytes: readFileSync(join(__dirname, '../../seeds/000_bfdfd6760bd5685d.txt')) }], () => undefined);
    const { outcome } = await generate(batch, INITIAL_STATE.choices, { run: (planFor) => runIntoWorkbook(excel.requestContext, planFor) }, () => undefined);
    expect(outcome.kind).toBe('failed');
    expect(outcome.lines).toEqual(['一次写入的数据超过了 Excel 的上限（网页版约 5 MB）。请把文件分成几份分别生成，或改用桌面版 Excel。']);
    expect(outcome.details).toEqual([expect.stringMatching(/^RequestPayloadSizeLimitExceeded: /)]);
  });
});
