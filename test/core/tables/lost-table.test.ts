import { lostTableWarning } from '../../../src/core/tables/lost-table';
import { readLayout } from '../../fixtures/layouts/read-layout';

describe('lostTableWarning', () => {
  test('names a header line whose column labels run together', () => {
    expect(lostTableWarning('附件\n序号项目名称主要内容牵头单位配合单位\n1安全生产…')).toEqual({
      code: 'lost-table',
      message: expect.stringContaining('「序号项目名称主要内容牵头单位配合单位」'),
      args: { header: '序号项目名称主要内容牵头单位配合单位' },
    });
  });

  test('names rows whose unit names run into each other and into the date, when there are at least two', () => {
    const rows = '1隐患排查整治开展排查县应急局县公安局2025年12月底前\n2应急演练组织综合演练县应急局各镇街10月底前';
    expect(lostTableWarning(rows)).toEqual({
      code: 'lost-table',
      message: expect.stringContaining('文中有 2 行像是表格的行'),
      args: { rows: 2, row: '1隐患排查整治开展排查县应急局县公安局2025年12月底前' },
    });
    expect(lostTableWarning(rows.split('\n')[0] ?? '')).toBeUndefined();
  });

  test('does not take numbered body paragraphs, or rows that keep their separators, for glued rows', () => {
    expect(lostTableWarning('1.县应急局要牵头做好隐患排查工作，2025年底前完成。\n2.各镇街要落实属地责任，县公安局配合。')).toBeUndefined();
    expect(lostTableWarning('1\t隐患排查\t县应急局\t2025年12月底前\n2\t应急演练\t县应急局\t10月底前')).toBeUndefined();
  });

  test('does not take a header whose labels are separated, or a sentence naming some labels', () => {
    expect(lostTableWarning('序号\t名称\t内容\t责任单位')).toBeUndefined();
    expect(lostTableWarning('序号 | 名称 | 内容 | 牵头单位')).toBeUndefined();
    expect(lostTableWarning('各牵头单位要会同配合单位，按照完成时限抓好落实，确保内容不走样。')).toBeUndefined();
    expect(lostTableWarning('项目名称主要内容备注')).toBeUndefined();
  });
});

test('a text export that lost its table yields no task and says the table was lost', async () => {
  const { document, analysis } = await readLayout('table-lost-boundaries.txt');
  expect(analysis.tasks).toEqual([]);
  expect(document.warnings.map((w) => w.code)).toEqual(['lost-table', 'no-table']);
});

test('a text export whose rows lost their cells, header and all, yields no task and says the table was lost', async () => {
  const { document, analysis } = await readLayout('table-lost-rows.txt');
  expect(analysis.tasks).toEqual([]);
  expect(document.warnings.map((w) => w.code)).toEqual(['lost-table', 'no-table']);
  expect(document.warnings[0]?.message).toContain('文中有 3 行像是表格的行');
});
