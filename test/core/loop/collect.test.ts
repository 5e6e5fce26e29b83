import { NO_ANSWER } from '../../../src/core/loop/answer';
import { collectReturns } from '../../../src/core/loop/collect';
import { COLUMN } from '../../../src/core/loop/columns';
import type { ProgressRow } from '../../../src/core/loop/progress';
import { dayText, type ReturnedFile } from '../../../src/core/loop/returned-file';

const KEY1 = 'RM1-abc123-1-1';
const KEY2 = 'RM1-abc123-1-2';

function ledgerRow(key: string, unit: string, role: string, content: string): ProgressRow {
  return { key, unit, role, source: '工作要点', seq: key.slice(-1), heading: '', content, deadline: '2025年6月底前', dated: '2025-02-10', answer: NO_ANSWER, file: '', at: '' };
}

const LEDGER: ProgressRow[] = [
  ledgerRow(KEY1, '县应急局', '牵头', '开展隐患排查'),
  ledgerRow(KEY1, '县公安局', '配合', '开展隐患排查'),
  ledgerRow(KEY2, '县应急局', '牵头', '组织应急演练'),
];

const HEADER = [COLUMN.content, COLUMN.status, COLUMN.progress, COLUMN.doneOn, COLUMN.evidence, COLUMN.key, COLUMN.sentTo];

/** A returned task list: a title line, the header, then one row per [key, unit, content, status, progress]. */
function returned(fileName: string, modified: string, rows: string[][]): ReturnedFile {
  return {
    fileName,
    modified,
    sheets: [{ name: '清单', cells: [['任务清单'], HEADER, ...rows.map(([key, unit, content, status = '', progress = '']) => [content ?? '', status, progress, '', '', key ?? '', unit ?? ''])] }],
  };
}

const codes = (problems: Array<{ code: string; unit: string; file: string }>) => problems.map((p) => [p.code, p.unit, p.file]);

describe('collectReturns', () => {
  test('a returned row is matched by its key and unit, whatever the file is called, and keeps which file and when', () => {
    const result = collectReturns(LEDGER, [returned('随便起的名字.xlsx', '2025-07-01 09:30', [[KEY2, '县应急局', '组织应急演练', '已完成', '6月20日已演练']])]);
    expect(result.rows[2]).toMatchObject({ answer: { status: '已完成', progress: '6月20日已演练' }, file: '随便起的名字.xlsx', at: '2025-07-01 09:30' });
    expect(result.rows[0]?.file).toBe('');
  });

  test('a unit that sent nothing is named once, and a row its file left blank is listed as unanswered', () => {
    const result = collectReturns(LEDGER, [returned('应急局.xlsx', '2025-07-01 09:30', [[KEY1, '县应急局', '开展隐患排查', '推进中'], [KEY2, '县应急局', '组织应急演练']])]);
    expect(codes(result.problems)).toEqual([
      ['not-returned', '县公安局', ''],
      ['unanswered', '县应急局', '应急局.xlsx'],
    ]);
    expect(result.problems[1]?.ledgerRow).toBe(2);
  });

  test('two returns from one unit: the later save wins row by row, a row it leaves blank keeps the earlier answer, and both files are named', () => {
    const later = returned('应急局（修改）.xlsx', '2025-07-05 10:00', [[KEY1, '县应急局', '开展隐患排查', '已完成'], [KEY2, '县应急局', '组织应急演练']]);
    const earlier = returned('应急局.xlsx', '2025-07-01 09:30', [[KEY1, '县应急局', '开展隐患排查', '推进中'], [KEY2, '县应急局', '组织应急演练', '未开始']]);
    const result = collectReturns(LEDGER, [later, earlier]);
    expect(result.rows[0]).toMatchObject({ answer: { status: '已完成' }, file: '应急局（修改）.xlsx' });
    expect(result.rows[2]).toMatchObject({ answer: { status: '未开始' }, file: '应急局.xlsx' });
    const twice = result.problems.find((p) => p.code === 'sent-twice');
    expect(twice?.message).toContain('「应急局.xlsx」、「应急局（修改）.xlsx」');
    expect(twice?.message).toContain('以较晚的「应急局（修改）.xlsx」为准');
  });

  test('an answer already in the ledger is kept when a new return does not replace it', () => {
    const before = LEDGER.map((row, i) => (i === 1 ? { ...row, answer: { ...NO_ANSWER, status: '推进中' }, file: '公安局.xlsx', at: '2025-06-01 08:00' } : row));
    const result = collectReturns(before, [returned('应急局.xlsx', '2025-07-01 09:30', [[KEY1, '县应急局', '开展隐患排查', '已完成']])]);
    expect(result.rows[1]).toMatchObject({ answer: { status: '推进中' }, file: '公安局.xlsx' });
    expect(codes(result.problems).filter(([code]) => code === 'not-returned')).toEqual([]);
  });

  test('a changed task text is reported with both texts, and the answer is still taken', () => {
    const result = collectReturns(LEDGER, [returned('公安局.xlsx', '2025-07-01 09:30', [[KEY1, '县公安局', '开展隐患排查（已改）', '推进中']])]);
    const changed = result.problems.find((p) => p.code === 'text-changed');
    expect(changed?.message).toMatch(/原文：「开展隐患排查」；报回：「开展隐患排查（已改）」/);
    expect(result.rows[1]?.answer.status).toBe('推进中');
  });

  test('line breaks and spaces that a spreadsheet program adds do not count as a changed text', () => {
    const result = collectReturns(LEDGER, [returned('公安局.xlsx', '', [[KEY1, '县公安局', '开展 隐患\r\n排查', '推进中']])]);
    expect(result.problems.filter((p) => p.code === 'text-changed')).toEqual([]);
  });

  test('a key that matches no task, a key sent to another unit, and a row without a key are each reported and not collected', () => {
    const result = collectReturns(LEDGER, [
      returned('公安局.xlsx', '', [
        ['RM1-abc123-9-9', '县公安局', 'x', '已完成'],
        [KEY2, '县公安局', '组织应急演练', '已完成'],
        ['', '县公安局', '开展隐患排查', '已完成'],
      ]),
    ]);
    const unknown = result.problems.filter((p) => p.code === 'unknown-key').map((p) => p.message);
    expect(unknown).toEqual([
      expect.stringContaining('「RM1-abc123-9-9」在本汇总中没有对应的任务'),
      expect.stringContaining('不是发给「县公安局」的任务'),
      expect.stringContaining('没有任务键'),
    ]);
    expect(result.rows.every((row) => row.file === '')).toBe(true);
  });

  test('the same task on two rows of one file: both rows named, the later answer taken, the earlier quoted beside it', () => {
    const result = collectReturns(LEDGER, [
      returned('应急局.xlsx', '2025-07-01 09:30', [
        [KEY1, '县应急局', '开展隐患排查', '推进中', '已排查3处'],
        [KEY1, '县应急局', '开展隐患排查', '已完成', '全部整改'],
        [KEY2, '县应急局', '组织应急演练', '已完成'],
      ]),
    ]);
    expect(result.rows[0]).toMatchObject({ answer: { status: '已完成', progress: '全部整改' } });
    const duplicate = result.problems.filter((p) => p.code === 'duplicate-row');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ unit: '县应急局', file: '应急局.xlsx', ledgerRow: 0 });
    expect(duplicate[0]?.message).toBe(
      '「应急局.xlsx」清单第3行与第4行是同一项任务「1 开展隐患排查」（任务键相同）；采用较后的第4行（完成状态「已完成」，落实情况「全部整改」），第3行的答复未采用：完成状态「推进中」，落实情况「已排查3处」。',
    );
    expect(result.files[0]).toMatchObject({ rows: 2, answered: 2 });
  });

  test('a duplicate row left blank does not hide the answered one', () => {
    const result = collectReturns(LEDGER, [returned('应急局.xlsx', '', [[KEY2, '县应急局', '组织应急演练', '已完成'], [KEY2, '县应急局', '组织应急演练']])]);
    expect(result.rows[2]?.answer.status).toBe('已完成');
    expect(result.problems.find((p) => p.code === 'duplicate-row')?.message).toContain('第4行未填写，采用第3行的答复');
  });

  test("a row whose key was edited to another of the unit's own tasks is reported, and does not overwrite that task", () => {
    const result = collectReturns(LEDGER, [
      returned('应急局.xlsx', '2025-07-01 09:30', [
        [KEY2, '县应急局', '组织应急演练', '推进中', '已定方案'],
        [KEY2, '县应急局', '开展隐患排查', '已完成', '排查完毕'],
      ]),
    ]);
    expect(result.rows[2]).toMatchObject({ answer: { status: '推进中', progress: '已定方案' } });
    const edited = result.problems.filter((p) => p.code === 'key-edited');
    expect(edited).toHaveLength(1);
    expect(edited[0]?.message).toBe(
      '「应急局.xlsx」清单第4行的任务键被改成了另一项任务「2 组织应急演练」的键：该行内容是「1 开展隐患排查」。其答复（完成状态「已完成」，落实情况「排查完毕」）未汇总到任何一项，请与报送单位核对。',
    );
    expect(result.problems.filter((p) => p.code === 'duplicate-row' || p.code === 'text-changed')).toEqual([]);
  });

  test('a status outside the list is reported and kept as written', () => {
    const result = collectReturns(LEDGER, [returned('公安局.xlsx', '', [[KEY1, '县公安局', '开展隐患排查', '基本完成']])]);
    expect(result.problems.find((p) => p.code === 'bad-status')?.message).toContain('「基本完成」');
    expect(result.rows[1]?.answer.status).toBe('基本完成');
  });

  test('a return of another document, a file that is not a task list, one whose key column is gone, and the combined workbook itself are refused by name', () => {
    const other = returned('别的文件.xlsx', '', [['RM1-zzz999-1-1', '县应急局', '别的任务', '已完成']]);
    const notOurs: ReturnedFile = { fileName: '通讯录.xlsx', modified: '', sheets: [{ name: 'Sheet1', cells: [['姓名', '电话']] }] };
    const keyless: ReturnedFile = { fileName: '应急局.xlsx', modified: '', sheets: [{ name: '清单', cells: [[COLUMN.content, COLUMN.status, COLUMN.progress], ['开展隐患排查', '已完成', '']] }] };
    const combined: ReturnedFile = {
      fileName: '汇总.xlsx',
      modified: '',
      sheets: [{ name: '进展汇总', cells: [[COLUMN.key, COLUMN.unit, COLUMN.content, COLUMN.status, COLUMN.progress], [KEY1, '县应急局', '开展隐患排查', '', '']] }],
    };
    const refused = { fileName: '加密.xlsx', refused: { code: 'password', message: '文件设有打开密码' } };
    const result = collectReturns(LEDGER, [other, notOurs, keyless, combined, refused]);
    expect(codes(result.problems).filter(([code]) => code !== 'not-returned')).toEqual([
      ['other-document', '', '别的文件.xlsx'],
      ['not-ours', '', '通讯录.xlsx'],
      ['key-deleted', '', '应急局.xlsx'],
      ['combined', '', '汇总.xlsx'],
      ['refused', '', '加密.xlsx'],
    ]);
    expect(result.problems.every((p) => p.message.includes(p.file))).toBe(true);
    expect(result.files).toEqual([]);
    expect(result.rows).toEqual(LEDGER);
  });
});

describe('dayText', () => {
  test.each([
    ['2025-06-20', '2025-06-20'],
    ['45828', '2025-06-20'],
    ['2025/6/20', '2025-06-20'],
    ['2025年6月20日', '2025-06-20'],
    ['2025.6.20', '2025-06-20'],
    ['2025/2/30', '2025/2/30'],
    ['6月底', '6月底'],
    ['12', '12'],
    ['', ''],
  ])('a 完成日期 written %s reads as %s', (written, read) => {
    expect(dayText(written)).toBe(read);
  });
});
