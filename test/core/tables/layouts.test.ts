// Table layouts met in real documents beyond the seeds, one fixture per class, each read end to end.

import { readLayout, unitRoles } from '../../fixtures/layouts/read-layout';

describe('table layouts', () => {
  test('pipe rows whose last cell is missing stay rows, and a section line with a repeated header starts a new table', async () => {
    const { document, analysis } = await readLayout('table-pipe-short-rows.txt');
    expect(document.tables.map((t) => [t.title, t.rows.length])).toEqual([
      ['一、核心指标', 3],
      ['二、重要事项', 2],
    ]);
    expect(analysis.tasks.map((t) => [t.heading, t.content, t.note])).toEqual([
      ['生产安全事故死亡人数', '同比下降', ''],
      ['道路交通事故万车死亡率', '1.5以内', ''],
      ['亿元GDP生产安全事故死亡率', '0.3‰以内', ''],
      ['安全生产大检查', '开展全覆盖检查', ''],
      ['应急演练', '组织综合演练', '每季度'],
    ]);
    expect(unitRoles(analysis)).toEqual([['县应急局:lead'], ['县公安局:lead'], ['县应急局:lead', '县统计局:support'], ['县安委办:lead'], ['县应急局:lead']]);
  });

  test('a row that only names a section heads the rows below it and is not a task with a blank unit', async () => {
    const { analysis } = await readLayout('table-section-rows.txt');
    expect(analysis.tasks.map((t) => [t.row, t.seq, t.heading])).toEqual([
      [1, '1', '（一） 强化责任落实 / 制定责任清单'],
      [2, '2', '（一） 强化责任落实 / 开展考核评估'],
      [4, '3', '（二） 深化隐患治理 / 燃气安全整治'],
    ]);
    expect(unitRoles(analysis)).toEqual([['县应急局:lead'], ['县安委办:lead', '县委组织部:support'], ['县住建委:lead', '县市场监管局:support']]);
    expect(analysis.flags.filter((f) => f.code === 'blank-unit')).toEqual([]);
  });

  test('a header over two lines keeps every column: 责任单位 spanning 牵头单位 and 配合单位', async () => {
    const { document, analysis } = await readLayout('table-two-line-header.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '工作任务:group', '牵头单位:lead', '配合单位:support']);
    expect(unitRoles(analysis)).toEqual([
      ['县应急局:lead', '县委组织部:support'],
      ['县安委办:lead', '县公安局:support', '县交通局:support'],
    ]);
  });

  test('labels wrapped inside their cells (牵头/单位, 完成/时限) are read whole', async () => {
    const { document, analysis } = await readLayout('table-wrapped-labels.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '工作任务:group', '牵头单位:lead', '配合单位:support', '完成时限:deadline',
    ]);
    expect(analysis.tasks.map((t) => t.deadline)).toEqual(['6月底前', '9月底前']);
    expect(unitRoles(analysis)).toEqual([['县应急局:lead', '县委组织部:support'], ['县安委办:lead', '县公安局:support']]);
  });
});

test('one cell per line closed by 「|」, rows apart by blank or bar-only lines, a bare 「|」 merged into the cell above', async () => {
  const { document, analysis } = await readLayout('table-one-cell-per-line.txt');
  expect(document.tables.map((t) => [t.title, t.columns.map((c) => `${c.label}:${c.role}`)])).toEqual([['重点任务分工', ['序号:seq', '主要任务:group', '责任单位:units']]]);
  expect(analysis.tasks.map((t) => [t.seq, t.heading, t.responsibility[0].text, t.responsibility[0].merged])).toEqual([
    ['1', '制定责任清单', '县应急局', false],
    ['2', '开展隐患排查', '县公安局、县交通局', false],
    ['3', '组织应急演练', '县公安局、县交通局', true],
  ]);
  expect(unitRoles(analysis)).toEqual([['县应急局:lead'], ['县公安局:lead', '县交通局:support'], ['县公安局:lead', '县交通局:support']]);
  expect(analysis.flags.filter((f) => f.code === 'blank-unit')).toEqual([]);
});
