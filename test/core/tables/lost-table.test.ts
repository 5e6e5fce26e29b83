import { lostTableWarning } from '../../../src/core/tables/lost-table';
import { readLayout } from '../../fixtures/layouts/read-layout';

describe('lostTableWarning', () => {
  test('names a header line whose column labels run together', () => {
    expect(lostTableWarning('附件\n序号项目名称主要内容牵头单位配合单位\n1安全生产…')).toEqual({
      code: 'lost-table',
      message: expect.stringContaining('“序号项目名称主要内容牵头单位配合单位”'),
    });
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
