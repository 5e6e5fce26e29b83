// Layouts of real plans that lose their structure in a text copy, one fixture per class (issue 16),
// each read end to end: the tables recovered by structure, and the body-text forms of the grammar.

import { readLayout, unitRoles } from '../../fixtures/layouts/read-layout';

describe('tables whose cell boundaries the copy lost', () => {
  test('a Word export that drops empty cells and breaks a cell over lines is read row by row from its 序号, each line to the column its shape fits', async () => {
    const { document, analysis } = await readLayout('table-cells-lost.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['cells-by-shape']);
    expect(analysis.tasks.map((t) => [t.seq, t.heading])).toEqual([
      ['1', '一、强化责任落实 / 制定党政领导干部安全生产责任清单，年内完成修订。'],
      ['2', '一、强化责任落实 / 开展重点行业领域隐患排查整治。\n建立隐患清单，逐项销号。'],
      ['3', '一、强化责任落实 / 组织综合应急演练。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县应急局:lead', '县委组织部:support', '县人社局:support'],
      ['县应急局:lead', '县公安局:support', '县交通局:support', '各乡镇（街道）:support'],
      ['县应急局:lead'],
    ]);
    // The leader's name went to 责任领导, not to the units.
    expect(document.tables[0].rows[2].cells.map((c) => c.text)).toEqual(['2', '开展重点行业领域隐患排查整治。\n建立隐患清单，逐项销号。', '县应急局', '县公安局、县交通局、各乡镇（街道）', '王某某']);
  });

  test('a progress ledger keeps its status columns (as notes) after the responsibility ones, so a row’s progress notes stay out of its units', async () => {
    const { document, analysis } = await readLayout('table-progress-ledger.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '主要任务:group', '分管领导:other', '牵头单位:lead', '责任主体与协同单位:support', '1-5月推进情况:note', '是否达序:note', '说明:note',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.heading])).toEqual([
      ['1', '新建城区公共停车场3处。'],
      ['2', '改造老旧小区12个。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县住建局:lead', '县自然资源局:support', '城关镇:support'],
      ['县住建局:lead', '县财政局:support', '各街道:support'],
    ]);
    expect(document.tables[0].rows[1].cells.slice(5).map((c) => c.text)).toEqual(['已开工8个,其余正在招标。', '否', '招标延后1个月,后期加快推进。']);
  });

  test('a table drawn with box-drawing characters: cells told apart by 「│」, a cell’s wrapped lines joined, and a cell a partial rule passes under merged over the rows', async () => {
    const { document, analysis } = await readLayout('table-box-drawing.txt');
    expect(document.tables.map((t) => [t.title, t.columns.map((c) => `${c.label}:${c.role}`)])).toEqual([
      ['2025年某县城乡环境整治任务分解表', ['序号:seq', '责任单位:units', '任务目标:content', '完成时间:deadline', '备注:note']],
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.content, t.deadline])).toEqual([
      ['1', '1.完成主次干道绿化提升。', '2025.06.30'],
      ['1', '2.新建口袋公园3个,每个面积不少于1000平方米。', '2025.10.31'],
      ['2', '3.完成老旧小区改造12个。', '2025.11.30'],
    ]);
    expect(unitRoles(analysis)).toEqual([['城关镇:lead'], ['城关镇:lead'], ['县住建局:lead', '县财政局:support']]);
  });

  test('a progress table copied with each row padded by bars: groups numbered 一、二, projects as sub-rows under the merged 牵头单位, the stages under 本月进展情况, and the 业主单位 as a supporting unit', async () => {
    const { document, analysis } = await readLayout('table-padded-rows.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['header-span', 'cells-by-shape']);
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '牵头单位:lead', '项目数量:other', '项目名称:group', '项目名称:content', '业主单位:units', '前期手续:note', '在建形象进度:note',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.heading, t.content])).toEqual([
      ['一', '(一)城区道路改造', '1.文化路'],
      ['一', '(一)城区道路改造', '2.新华路西段改造工程'],
      ['二', '', '(一)燃气安全装置更换'],
      ['二', '', '(二)老旧小区改造'],
    ]);
    // The 牵头 bureau named again as the project's owner is listed once.
    expect(unitRoles(analysis)).toEqual([['区住建局:lead', '区城投公司:support'], ['区住建局:lead', '长乐街道:support'], ['区城管局:lead'], ['区城管局:lead']]);
  });

  test('a progress list whose two-row header was flattened into one line, rows of an extract (12, 15) on space-separated lines, one running on over three', async () => {
    const { document, analysis } = await readLayout('table-flattened-header.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '重点工作任务:content', '牵头领导:other', '牵头责任单位:lead', '主体责任单位:units', '配合责任单位:support', '工作评价:other', '10-12月份进展情况:note', '备注:note',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.content])).toEqual([['12', '推进县医院新院区建设,年底前投入使用。'], ['15', '新增托育机构2所以上。']]);
    expect(document.tables[0].rows[0].cells[2].text).toBe('王伟 李某某');
    expect(unitRoles(analysis)).toEqual([
      ['县卫健委:lead', '各乡镇:support', '县开发区:support', '县直有关单位:support'],
      ['县卫健委:lead', '有关乡镇:support', '县财政局:support'],
    ]);
  });

  test('a pipe row whose 牵头单位 a rowspan covered, its later cells moved left, gets the gap back and the unit from the row above', async () => {
    const { document, analysis } = await readLayout('table-pipe-rowspan.txt');
    expect(document.tables[0].rows[1].cells.map((c) => c.text)).toEqual(['2', '为重点人群免费开展癌症筛查7000人。', '4月:完成筛查1400人。', '', '已完成。完成筛查3495人。']);
    expect(unitRoles(analysis)).toEqual([['县卫生健康局:lead'], ['县卫生健康局:lead'], ['县红十字会:lead']]);
  });

  test('a project list: labels outside the vocabulary and a label broken over two lines stay columns, and a place column’s names are not a second row', async () => {
    const { document, analysis } = await readLayout('table-project-list.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '项目名称:group', '建设地点:other', '年度投资(万元):other', '责任领导:other', '责任单位:units',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.heading])).toEqual([
      ['1', '城区学校运动场改造项目'],
      ['2', '农村公路安全防护工程'],
    ]);
    expect(unitRoles(analysis)).toEqual([['县教体局:lead'], ['县交通运输局:lead']]);
  });

  test('a table with no 序号 column is read by the numbers that open its first cells', async () => {
    const { analysis } = await readLayout('table-numbered-cells.txt');
    expect(analysis.tasks.map((t) => [t.heading, t.content])).toEqual([
      ['一、优结构谋发展', '1.完善现代化产业体系，壮大支撑企业。'],
      ['一、优结构谋发展', '2.发展数字经济和网络安全产业。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['区发改局:lead', '区工信局:support', '区商务局:support', '各街道办事处:support'],
      ['区工信局:lead', '各街道办事处:support'],
    ]);
  });

  test('rows laid one per line with spaces between cells, under a header of space-separated labels', async () => {
    const { document, analysis } = await readLayout('table-space-rows.txt');
    expect(document.tables[0].columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '涉及部门:units', '职责分工:content']);
    expect(analysis.tasks.map((t) => t.content)).toEqual(['负责烟花爆竹运输通行证发放和燃放安全管理。', '负责烟花爆竹生产、经营单位的安全生产监督管理。', '负责生产环节烟花爆竹产品质量监督。']);
    expect(unitRoles(analysis)).toEqual([['市公安局:lead'], ['市应急管理局:lead'], ['市市场监督管理局:lead']]);
  });

  test('a bar before each cell and a bare bar after each row: a name broken one syllable a line is joined, and the cells a short row lacks are merged from above', async () => {
    const { document, analysis } = await readLayout('table-bar-led.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['bar-rows']);
    expect(analysis.tasks.map((t) => t.content)).toEqual(['强化行政监督，办理人大代表建议和政协提案', '推进法治政府建设', '地区生产总值增长6%', '固定资产投资增长8%']);
    expect(unitRoles(analysis)).toEqual([
      ['县政府办公室:lead', '县直各单位:support', '各乡镇:support'],
      ['县政府办公室:lead', '县司法局:support', '县直各单位:support'],
      ['县发改局:lead', '县统计局:support', '各乡镇:support'],
      ['县发改局:lead', '县统计局:support', '各乡镇:support'],
    ]);
  });

  test('a bar line between cells and a line of bars between rows: the rows merged cells left unmarked are cut after each list of units', async () => {
    const { analysis } = await readLayout('table-bar-separated.txt');
    expect(analysis.tasks.map((t) => [t.seq, t.heading, t.content])).toEqual([
      ['1', '一、主要预期目标', '1.地区生产总值增长5%以上。'],
      ['1', '一、主要预期目标', '2.一般公共预算收入增长6%以上。'],
      ['1', '一、主要预期目标', '3.规上工业总产值增长5%左右。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县发改委:lead', '统计局:support'],
      ['县财政局:lead', '税务局:support'],
      ['县工信局:lead', '统计局:support'],
    ]);
  });

  test('a pipe row short of the cells merged on its left keeps its units and deadline in their columns, and a section row does not join the row after it', async () => {
    const { document, analysis } = await readLayout('table-pipe-merged.txt');
    // One warning for the short data row, one for the section row padded to the table's width.
    expect(document.warnings.map((w) => w.code)).toEqual(['ragged-row', 'ragged-row']);
    expect(analysis.tasks.map((t) => [t.heading, t.deadline])).toEqual([
      ['一、体系建设 / 1.组织机构', '4月'],
      ['一、体系建设 / 1.组织机构', '4月'],
    ]);
    expect(unitRoles(analysis)).toEqual([['党政办:lead', '应消站:support'], ['应消站:lead']]);
  });

  test('a county bureau’s table with 股室 for units: the label broken before its bracket, a form line above the header, a sentence opening with 全年 kept as content, and the 责任领导 name apart', async () => {
    const { document, analysis } = await readLayout('table-section-staff.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['cells-by-shape']);
    const [table] = document.tables;
    expect(table.title).toBe('某县文化和旅游局2024年重点工作任务分解表');
    expect(table.columns.map((c) => `${c.label}:${c.role}`)).toEqual([
      '序号:seq', '类别:group', '工作任务:group', '完成时限:deadline', '责任领导:other', '责任股室(单位):units', '备注:note',
    ]);
    expect(analysis.tasks.map((t) => [t.seq, t.heading, t.deadline])).toEqual([
      ['1', '公共服务 / 全年开展送戏下乡惠民演出不少于80场。', '12月底前'],
      ['2', '公共服务 / 推进乡镇综合文化站提档升级,完成5个。', ''],
      ['3', '文物安全 / 完成县博物馆安防系统改造。', '6月底前'],
    ]);
    expect(unitRoles(analysis)).toEqual([['文化股:lead', '文化馆:support'], ['文化股:lead'], ['文物股:lead', '博物馆:support']]);
    expect(table.rows.map((r) => r.cells[4].text)).toEqual(['李某某', '', '王 某']);
  });

  test('a 「牵头单位及主要负责人」 column: the head’s name after each unit is a person, not a unit, and the 大类 merged over short pipe rows', async () => {
    const { document, analysis } = await readLayout('table-unit-with-head.txt');
    expect(document.tables[0].columns.map((c) => c.role)).toEqual(['group', 'seq', 'group', 'other', 'lead', 'note']);
    expect(analysis.tasks.map((t) => t.heading)).toEqual([
      '一、兜牢民生底线 / 提高城乡低保补差水平,每人每月增加30元。',
      '一、兜牢民生底线 / 为困难老年人发放高龄津贴。',
      '一、兜牢民生底线 / 新建普惠托育机构3所。',
    ]);
    expect(unitRoles(analysis)).toEqual([['市民政局:lead'], ['市民政局:lead'], ['市卫生健康局:lead']]);
    expect(analysis.directory.entries.map((e) => e.canonical)).toEqual(['市民政局', '市卫生健康局']);
  });

  test('a title run into its header on one line: the header from its 序号 on, the labels outside the vocabulary as the task’s words, and a unit cell that asks a bureau to act (「请县城管局协调解决」)', async () => {
    const { document, analysis } = await readLayout('table-title-on-header.txt');
    const [table] = document.tables;
    expect(table.title).toBe('附件 城区环境督查问题汇总表');
    expect(table.columns.map((c) => `${c.label}:${c.role}`)).toEqual(['序号:seq', '检查点位:content', '存在问题:content', '整改责任单位:units']);
    expect(analysis.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['1', '东门 街道 辖区 东门路18号\n店外占道经营现象突出.'],
      ['2', '北环路公厕\n1、公厕内保洁不到位;\n2、洗手池损坏.'],
      ['3', '西街小区\n楼道内堆放杂物,存在消防隐患.'],
    ]);
    expect(unitRoles(analysis)).toEqual([['县市场监管局:lead'], ['县城管局:lead'], ['县住建局:lead', '县消防救援大队:support']]);
  });

  test('a Traditional-script copy is read in Simplified, and each responsibility cell keeps its written form', async () => {
    const { document, analysis } = await readLayout('traditional-table.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['traditional-script']);
    expect(document.tables[0].title).toBe('重点任务分工表');
    expect(unitRoles(analysis)).toEqual([
      ['县应急管理局:lead', '县委组织部:support', '各乡镇（街道）:support'],
      ['县安委办:lead', '县公安局:support'],
    ]);
    expect(analysis.tasks.map((t) => t.responsibility[0].written)).toEqual(['縣應急管理局牽頭，縣委組織部、各鄉鎮（街道）分工負責', '縣安委辦、縣公安局']);
  });
});

describe('assignments in the body text, read by the one grammar', () => {
  test('bracketed clauses close the task before them, several in a paragraph; 由…承办/协办, 牵头落实/配合落实, a plain list closing a paragraph, a heading that names the lead, and a duty whose bearer opens the paragraph', async () => {
    const { analysis } = await readLayout('inline-grammar.txt');
    expect(analysis.tasks.map((t) => [t.seq, t.content])).toEqual([
      ['（一）', '健全责任体系。完善安全生产责任清单。'],
      ['', '修订考核办法。'],
      ['（二）', '加强督导检查。开展安全生产巡查'],
      ['（三）', '推进隐患治理。'],
      ['（四）', '提高养老金待遇。落实国家和省级部署要求。'],
      ['1.', '开展火灾隐患排查整治。'],
      ['2.', '推进消防站建设。'],
      ['', '县卫健委负责医疗救治资源的协调调度。'],
      ['', '武警中队参与抢险救援和维护社会秩序等工作。'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县应急局:lead', '各镇（街道）:support', '有关单位:support'],
      ['县安委办:lead', '县委组织部:support', '县人社局:support'],
      ['县安委办:lead', '县应急局:support'],
      ['县应急局:lead', '县住建局:lead', '县公安局:support'],
      ['县人社局:lead', '县财政局:support'],
      ['县消防救援大队:lead', '县住建局:support', '各乡镇:support'],
      ['县消防救援大队:lead', '县住建局:support', '各乡镇:support'],
      ['县卫健委:lead'],
      ['武警中队:support'],
    ]);
    expect(analysis.tasks.map((t) => t.units.map((m) => m.roleSource)).slice(0, 2)).toEqual([
      ['explicit', 'explicit', 'explicit'],
      ['explicit', 'explicit', 'explicit'],
    ]);
  });

  test('a rectification notice: 由X督促/负责 after a numbered problem, a bearer said with 为, fields after a group of problems serving each, a deadline ending at its date, a part before a name, and labelled names of any shape', async () => {
    const { document, analysis } = await readLayout('inline-rectification.txt');
    expect(document.warnings.map((w) => w.code)).toEqual(['body-assignments']);
    expect(analysis.tasks.map((t) => [t.seq, t.content, t.deadline])).toEqual([
      ['1、', '东门菜市场外占道经营。\n整改措施:由县市场监管局督促摊贩入场经营。', ''],
      ['2、', '滨河路绿化带有住户晾晒衣物。\n整改措施:由包片单位县水利局督促住户移走晾晒的衣物。', ''],
      ['', '西街口垃圾堆放未及时清运', ''],
      ['', '北环路公厕保洁不到位,其责任单位为城关镇政府。', ''],
      ['1.', '小区门口垃圾桶未加盖;', '2024年3月15日前'],
      ['2.', '楼道内堆放杂物。', '2024年3月15日前'],
      ['', '后厨窗台发现鼠迹,病媒生物防制不到位。', '2024年3月15日前'],
      ['3.', '南关桥下乱堆乱放。', ''],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['县市场监管局:lead'], ['县水利局:lead'], ['县城管局:lead'], ['城关镇政府:lead'],
      ['县住建局:lead'], ['县住建局:lead'], ['县卫健局:lead'], ['南关街:lead', '县执法局:support'],
    ]);
  });

  test('a notice with one line per place, 「地点 存在问题:… 责任单位:X」: each long line is whole, the problem is the task’s words and the units are only the names after the label', async () => {
    const { analysis } = await readLayout('inline-problem-lines.txt');
    expect(analysis.tasks.map((t) => t.content)).toEqual([
      '县中医院\n门诊楼后侧垃圾收集点保洁不到位,住院部楼道内堆放杂物,消防通道被车辆占用。',
      '东关农贸市场\n市场内卫生死角较多,排水沟盖板破损,市场外有流动摊贩占道经营。',
      '北城社区\n小区内堆放建筑垃圾,绿化带杂草丛生。',
    ]);
    expect(unitRoles(analysis)).toEqual([['县卫生健康局:lead'], ['县市场监管局:lead', '县综合行政执法局:support'], ['城关街道:lead']]);
  });

  test('list-form fields under a task, on lines of their own or run together in one line: 部门分工, a leader, 工作措施 and 完成时限', async () => {
    const { document, analysis } = await readLayout('list-labels.txt');
    expect(document.tables[0].header).toEqual(['序号', '名称', '内容', '完成时限', '责任单位', '责任领导']);
    expect(analysis.tasks.map((t) => [t.seq, t.content, t.deadline])).toEqual([
      ['1.', '地区生产总值增长6%以上。', ''],
      ['2.', '固定资产投资增长8%左右。\n谋划储备一批重大项目。', '2025年12月底前'],
    ]);
    expect(unitRoles(analysis)).toEqual([
      ['市发展改革委:lead', '各区:support', '各部门:support'],
      ['市发展改革委:lead', '市财政局:support', '市统计局:support'],
    ]);
    expect(document.tables[0].rows[0].cells[5].text).toBe('张某');
  });
});
