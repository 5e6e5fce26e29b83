// The pane's steps and outcomes in the clerk's language: strings.ts has each in Chinese and English.

import { clearInPlace, type InPlaceAccess } from '../../src/taskpane/in-place';
import { INITIAL_STATE, paneReducer } from '../../src/taskpane/pane-state';
import { setLanguage, strings } from '../../src/taskpane/strings';
import { outcomeText } from '../../src/taskpane/outcome-strings';
import { selectionBatch } from '../../src/taskpane/workspace';

const NOTHING_MARKED: InPlaceAccess = {
  readSelection: async () => undefined,
  mark: async () => {
    throw new Error('not called');
  },
  clear: async () => undefined,
};

describe('the pane in English', () => {
  beforeEach(() => setLanguage('en-US'));
  afterEach(() => setLanguage('zh-CN'));

  it('says in English that no file could be used, and that the selection is empty', () => {
    const after = paneReducer(INITIAL_STATE, { type: 'batch', batch: { documents: [], refused: ['x.doc'], preview: [] } });
    expect(after.readNote).toMatchObject({ kind: 'failed', title: 'No file could be used', lines: ['x.doc'] });
    expect(selectionBatch(undefined).refused).toEqual([
      'The selection is empty: select the responsibility table in the sheet, header row included, then click Import the selection.',
    ]);
  });

  it('shows the steps and the outcome of 清除标记 in English', async () => {
    const steps: string[] = [];
    expect(await clearInPlace(NOTHING_MARKED, (step) => steps.push(step))).toEqual({
      kind: 'ok',
      title: 'No marks to clear',
      lines: ['This workbook has no colours, comments or sheets added by Analyse this table.'],
      warnings: [],
    });
    expect(steps).toEqual(['Clearing the marks…']);
  });

  it('counts one and many, and names sheets as written', () => {
    expect(outcomeText().analysed(1, 2, { bureaus: 1, groups: 0, vague: 0 }, 0)).toBe('1 file, 2 tasks, 1 unit; 0 issues found.');
    expect(outcomeText().analysed(1, 2, { bureaus: 3, groups: 1, vague: 2 }, 0)).toBe('1 file, 2 tasks, 3 units (besides 1 collective name and 2 vague); 0 issues found.');
    expect(outcomeText().sheetList(['审核问题', '单位汇总'])).toBe('Sheets: “审核问题”, “单位汇总”');
    expect(outcomeText().dueCounts('2025-06-30', 1, 15, 2, 3)).toBe('As of 30 June 2025: 1 task overdue and not done, 2 due within 15 days, across 3 units.');
  });
});

describe('the pane in Chinese', () => {
  it('keeps its wording and lists sheets in 「」', async () => {
    await setLanguage('zh-CN');
    expect(outcomeText().analysed(1, 2, { bureaus: 1, groups: 0, vague: 0 }, 0)).toBe('1 份文件、2 项任务，涉及 1 个单位；发现 0 个审核问题。');
    // The units are counted as 分发 counts them; the 统称 and 泛指 are named beside them.
    expect(outcomeText().analysed(1, 2, { bureaus: 3, groups: 1, vague: 2 }, 0)).toBe('1 份文件、2 项任务，涉及 3 个单位（另有统称 1 个、泛指 2 个）；发现 0 个审核问题。');
    expect(outcomeText().sheetsAdded(2)).toBe('新增 2 个工作表。');
    expect(outcomeText().sheetList(['审核问题', '单位汇总'])).toBe('工作表：「审核问题」「单位汇总」');
  });

  it('writes dates as a clerk does, and keeps English out of the Chinese outcomes', async () => {
    await setLanguage('zh-CN');
    const text = outcomeText();
    expect(text.dueCounts('2025-06-30', 1, 15, 2, 3)).toBe('截至 2025年6月30日：已逾期未完成 1 项，15 天内到期 2 项，涉及 3 个单位。');
    expect(text.collectedOverdue('2025-07-01', 4, 2)).toBe('截至 2025年7月1日逾期未完成 4 行；回收问题 2 个，见「回收问题」。');
    const titles = Object.values(text).filter((value): value is string => typeof value === 'string');
    expect(titles.filter((title) => /[A-Za-z]{3}/.test(title))).toEqual([]);
  });
});

/** Every text of the current language: strings as they are, and each function called with a stand-in for its arguments. */
function everyText(): string[] {
  // One value that reads as a word, a count, a list of sheets, a day and a unit tally alike.
  const standIn = Object.assign(['S'], { split: () => ['S'], bureaus: 2, groups: 1, vague: 1 });
  const walk = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return walk((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => standIn)));
    if (value && typeof value === 'object') return Object.values(value).flatMap(walk);
    return [];
  };
  // lang is a language tag, not text; the core's messages need real problems (test/taskpane/core-text-en.test.ts).
  return walk({ ...strings(), outcome: outcomeText(), lang: '', core: undefined });
}

describe('each language written whole', () => {
  afterEach(() => setLanguage('zh-CN'));

  it('gives the page’s lang for the language chosen', async () => {
    await setLanguage('zh-TW');
    expect(strings().lang).toBe('zh-CN');
    await setLanguage('en-GB');
    expect(strings().lang).toBe('en');
  });

  it('has no English word in the Chinese pane but the names of programs and file types', async () => {
    await setLanguage('zh-CN');
    const english = everyText()
      .map((text) => text.replace(/Excel|WPS|Word|\.(docx|html?|txt|xlsx|zip)\b/g, ''))
      .filter((text) => /[A-Za-z]{2,}/.test(text));
    expect(english).toEqual([]);
  });

  it('has no Chinese in the English pane but the workbook’s sheet names and examples of a document’s wording', async () => {
    await setLanguage('en-US');
    const sheets = ['进展汇总', '到期提醒', '单位名录', '单位汇总', '审核问题', '年度对比-单位', '年度对比', '回收问题'];
    const documentWording = ['安委会各成员单位', '有关部门', '各镇街', '等', '、'];
    const chinese = everyText()
      .map((text) => [...sheets, ...documentWording].reduce((rest, allowed) => rest.replaceAll(allowed, ''), text))
      .filter((text) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text));
    expect(chinese).toEqual([]);
  });
});
