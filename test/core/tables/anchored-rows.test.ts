import { placeCells, readAnchoredTables, shapeOf } from '../../../src/core/tables/anchored-rows';

describe('shapeOf', () => {
  test('a row number written in Chinese numerals alone (「三」) is a 序号, as 「3」 and 「（三）」 are', () => {
    expect(['三', '十二', '3', '（三）'].map(shapeOf)).toEqual(['seq', 'seq', 'seq', 'seq']);
  });

  test('a cell opening with an item’s number names a task even when it ends like a body (「1.市政公用城学校」)', () => {
    expect([shapeOf('1.市政公用城学校'), shapeOf('市政公用城学校')]).toEqual(['text', 'units']);
  });

  test('short names separated by spaces are a list of units when the first is one (「区城管局 区水投」), not a sentence', () => {
    expect([shapeOf('区城管局 区水投'), shapeOf('已完成 正在验收')]).toEqual(['units', 'text']);
  });
});

describe('placeCells', () => {
  test('gives each cell a column of its own, where a run of lines would join two cells', () => {
    // Joined as one run, 数量 and the project's name would score higher in 项目名称 than apart.
    expect(placeCells(['区政府民生实事项目(1个)', '（一）打通断头路', '区城投公司'], ['free', 'group', 'units'])).toEqual([
      '区政府民生实事项目(1个)', '（一）打通断头路', '区城投公司',
    ]);
    expect(placeCells(['2.乐业路', '区城管局'], ['seq', 'lead', 'group', 'content', 'units'])).toEqual(['', '', '', '2.乐业路', '区城管局']);
  });
});

describe('readAnchoredTables', () => {
  const rowsOf = (text: string): string[][] => {
    const read = readAnchoredTables(text);
    return read.ok ? read.value.flatMap((table) => table.rows.map((row) => row.cells.map((c) => c.text))) : [];
  };
  const labelsOf = (text: string): string[] => {
    const read = readAnchoredTables(text);
    return read.ok ? read.value.flatMap((table) => table.columns.map((c) => c.label)) : [];
  };

  test('a header flattened into one line, each label’s words apart by wide spaces and the labels by one, is read label by label', () => {
    expect(labelsOf('序号 工作任务 牵头         责任单位 配合         责任单位\n1 开展隐患排查。 县应急局 县公安局')).toEqual(['序号', '工作任务', '牵头责任单位', '配合责任单位']);
  });

  test('a row that runs on to further lines is cut at spaces there too, and a two-character name padded to three stays one', () => {
    expect(rowsOf('序号 工作任务 责任领导 牵头单位 配合单位 备注\n1 开展隐患排查。 王  伟 县应急局 县公安局\n县交通局 已完成')).toEqual([
      ['1', '开展隐患排查。', '王伟', '县应急局', '县公安局\n县交通局', '已完成'],
    ]);
  });

  test('an extract that skips numbers (12, 15) still has a row at each, when the line holds its cells with a unit among them', () => {
    expect(rowsOf('序号 工作任务 牵头单位 配合单位\n12 开展隐患排查。 县应急局 县公安局\n15 组织应急演练。 县应急局 县消防救援大队').map((row) => row[0])).toEqual(['12', '15']);
    // A wrapped line opening with a number is not a row.
    expect(rowsOf('序号 工作任务 牵头单位 配合单位\n1 新建停车场 县住建局 县财政局\n30 个。').map((row) => row[0])).toEqual(['1']);
  });

  test('two pieces a space cut from one line go to two columns rather than one cell', () => {
    expect(rowsOf('序号 工作任务 牵头单位 主体单位 配合单位\n1 开展隐患排查。 县应急局 各乡镇\n县开发区\n县直有关单位')[0]).toEqual([
      '1', '开展隐患排查。', '县应急局', '各乡镇\n县开发区', '县直有关单位',
    ]);
  });
});
