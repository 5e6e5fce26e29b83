import { BODY_TABLE_TITLE, readBodyAssignments } from '../../../src/core/tables/body-assignments';
import { readLayout, unitRoles } from '../../fixtures/layouts/read-layout';

describe('tasks assigned in the body text', () => {
  test('a paragraph closing with 〔…〕, （…负责）, （…牵头，…配合） or 「责任单位：…」 is a task with those units', async () => {
    const { document, analysis } = await readLayout('inline-brackets.txt');
    expect(document.tables.map((t) => [t.title, t.columns.map((c) => c.role)])).toEqual([[BODY_TABLE_TITLE, ['seq', 'group', 'content', 'units']]]);
    expect(document.warnings.map((w) => w.code)).toEqual(['body-assignments']);
    expect(analysis.tasks.map((t) => [t.seq, t.heading, t.content])).toEqual([
      ['（一）', '一、压实安全责任', '强化党政领导责任。制定党政领导干部安全生产职责清单，落实定期研究安全工作制度。'],
      ['（二）', '一、压实安全责任', '落实部门监管责任。修订安全生产监管权力和责任清单。'],
      ['1.', '二、深化隐患治理', '开展燃气安全整治。全面排查燃气管网老化问题。'],
      ['2.', '二、深化隐患治理', '推进消防安全整治。开展高层建筑消防隐患排查。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['市应急局:lead', '市委组织部:support', '市公安局:support'],
      ['市安委办:lead'],
      ['市住房和城乡建设委:lead', '市市场监管局:support'],
      ['市消防救援支队:lead', '各区县政府:support'],
    ]);
    expect(document.tables[0].rows.map((r) => r.position)).toEqual([6, 7, 9, 10].map((line) => ({ kind: 'line', line })));
  });

  test('a numbered task followed by 牵头单位/配合单位/责任单位/完成时限 lines is a task with those columns', async () => {
    const { document, analysis } = await readLayout('list-lead-support.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '名称:group', '内容:content', '完成时限:deadline', '牵头单位:lead', '责任单位:units', '配合单位:support',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.heading, t.content, t.deadline])).toEqual([
      ['1.', '一、汛前准备', '完成水库安全鉴定。', '2025年5月底前'],
      ['2.', '一、汛前准备', '修订防汛应急预案。', '4月底前'],
      ['3.', '二、汛期值守', '落实24小时值班制度。', '长期坚持'],
      ['4.', '二、汛期值守', '开展汛期巡查。', ''],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县水利局:lead', '县应急局:support', '县财政局:support'],
      ['县应急局:lead', '各乡镇（街道）:support'],
      ['县防汛办:lead', '各乡镇（街道）:support'],
      // With its 牵头单位 written, the 责任单位 beside it are supporters, not a second lead.
      ['县水利局:lead', '县应急局:support', '各乡镇（街道）:support'],
    ]);
  });

  test('a paragraph whose brackets hold no role word, or a whole sentence, is not a task', async () => {
    const { analysis } = await readLayout('inline-brackets.txt');
    expect(analysis.tasks.some((t) => t.content.startsWith('加强宣传教育'))).toBe(false);
  });
});

describe('units named once for every later task', () => {
  test('「以下各项工作均需各区县具体落实，不再注明」 adds 各区县 to every later task, marked as inherited, and says so', async () => {
    const { document, analysis } = await readLayout('inline-inherited.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}${c.inherited ? ':inherited' : ''}`)).toEqual([
      '序号:seq', '名称:group', '内容:content', '责任单位:units', '统一注明的单位:support:inherited',
    ]);
    expect(document.warnings.map((w) => w.code)).toEqual(['inherited-units', 'body-assignments']);
    expect(document.warnings[0].message).toContain('「各区县」');
    expect(analysis.tasks.map((t) => t.units.map((m) => `${m.canonical}:${m.role}:${m.roleSource}`))).toEqual([
      ['省应急厅:lead:explicit', '省委组织部:support:explicit', '各区县:support:inherited'],
      ['省安委办:lead:explicit', '各区县:support:inherited'],
      // 「分工负责」 names no lead: the first-listed convention (on by default) picks one, and says so by its source.
      ['省应急厅:support:explicit', '省大数据局:support:explicit', '各区县:support:inherited'],
    ]);
  });
});

describe('a numbered title line over the paragraph that assigns it', () => {
  test('is one task: the title and its paragraph, numbered as the title, with the paragraph’s units; a leader’s 「由某副县长负责」 names no unit', async () => {
    const { analysis } = await readLayout('inline-titled.txt');
    expect(analysis.tasks.map((t) => [t.seq, t.content.split('\n')[0]])).toEqual([
      ['1、', '城区供水管网改造项目'],
      ['2、', '县域物流园建设事宜'],
      ['3.', '全县粮食产量稳定在30万吨以上。'],
      ['4.', '全面推进义务教育优质均衡发展。'],
      ['', '全年新建和改造农村公路，打通断头路。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县住建局:lead', '县水利局:support', '县财政局:support'],
      ['县商务局:lead', '相关部门:support'],
      ['县农业农村局:lead', '县发改局:support'],
      ['县教体局:lead'],
      ['县交通运输局:lead'],
    ]);
    expect(analysis.tasks[0].content).toBe('城区供水管网改造项目\n由王某副县长负责，县住建局牵头，县水利局、县财政局配合，年内完成主管网铺设，确保按期通水。');
  });
});

describe('a line that only assigns', () => {
  test('assigns the paragraph before it, and is never a task without words of its own', () => {
    const read = readBodyAssignments(['各地区要充分利用各种媒体，广泛宣传老旧小区改造政策。', '自治区住房城乡建设厅牵头，', '联席会议成员单位配合。']);
    if (!read.ok) throw new Error(read.error.message);
    const [table] = read.value;
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([['', '', '各地区要充分利用各种媒体，广泛宣传老旧小区改造政策。', '自治区住房城乡建设厅牵头；联席会议成员单位配合']]);
  });
});

describe('a copy hard-wrapped at a fixed width, as PDFs give it', () => {
  test('joins the lines of each numbered item, takes the paragraphs under it as its own, and a bracket alone on its line assigns it', async () => {
    const { analysis } = await readLayout('inline-pdf-wrapped.txt');
    expect(analysis.tasks.map((t) => [t.seq, t.content.slice(0, 12)])).toEqual([
      ['(一)', '深入推进数字经济系统建设'],
      ['(二)', '加快推进数字产业化。做强'],
      ['(一)', '支持企业技术改造。对当年'],
    ]);
    expect(analysis.tasks[0].content).toContain('推进未来工厂建设');
    expect(unitRoles(analysis)).toEqual([['市经信局:lead'], ['市经信局:lead', '市财政局:support'], ['市经信局:lead', '市发改委:support']]);
  });
});
