// Golden tests on the five seeds, checked by hand against the text files: every table's title,
// header, column roles and row count, and its first and last rows cell by cell.

import { readDocument } from '../../../src/core/read';
import type { ColumnRole, RawTable, SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS, seedBytes } from './seed-files';

interface ExpectedTable {
  title: string;
  header: string[];
  roles: ColumnRole[];
  rows: number;
  first: { line: number; cells: string[] };
  last: { line: number; cells: string[] };
}

const FIVE_COLUMNS: ColumnRole[] = ['seq', 'group', 'content', 'units', 'note'];
const GAOXIN_HEADER = ['序号', '名称', '2025年目标', '责任单位', '备注'];
const DIANJIANG_HEADER = ['序号', '名 \u2002\u2002\u2002称', '2025年目标', '责任单位', '备注'];
const DIANJIANG_CONTENT_HEADER = ['序号', '名称', '2025年目标（内容）', '责任单位', '备注'];

async function readSeed(name: string): Promise<SourceDocument> {
  const result = await readDocument(name, seedBytes(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function expectTable(table: RawTable, expected: ExpectedTable): void {
  expect(table.title).toBe(expected.title);
  expect(table.header).toEqual(expected.header);
  expect(table.columns.map((c) => c.role)).toEqual(expected.roles);
  expect(table.rows).toHaveLength(expected.rows);
  const first = table.rows[0];
  const last = table.rows[table.rows.length - 1];
  expect({ line: first.position, cells: first.cells.map((c) => c.text) }).toEqual({
    line: { kind: 'line', line: expected.first.line },
    cells: expected.first.cells,
  });
  expect({ line: last.position, cells: last.cells.map((c) => c.text) }).toEqual({
    line: { kind: 'line', line: expected.last.line },
    cells: expected.last.cells,
  });
  for (const row of table.rows) {
    expect(row.cells).toHaveLength(expected.roles.length);
    expect(row.cells.every((cell) => cell.merge === undefined)).toBe(true);
  }
}

describe('readDocument on the seed text exports', () => {
  it('reads the four tables of 000 (高新区) with no warnings', async () => {
    const document = await readSeed(SEEDS.gaoxin);
    expect(document).toMatchObject({ source: SEEDS.gaoxin, format: 'text', encoding: 'utf-8', warnings: [] });
    expect(document.tables.map((t) => t.position)).toEqual([64, 102, 218, 568].map((line) => ({ kind: 'line', line })));
    expect(document.tables.map((t) => t.columns.map((c) => c.label))).toEqual(Array(4).fill(GAOXIN_HEADER));
    const [indicators, rectification, measures, fire] = document.tables;
    expectTable(indicators, {
      title: '一、核心绩效指标',
      header: GAOXIN_HEADER,
      roles: FIVE_COLUMNS,
      rows: 5,
      first: { line: 70, cells: ['1', '较大及以上生产安全事故起数', '0', '安委会各成员单位，各镇街', ''] },
      last: { line: 94, cells: ['5', '森林火灾受害率', '0.3‰以内', '防减救灾委各成员单位，各镇街', ''] },
    });
    expectTable(rectification, {
      title: '二、重点整治任务',
      header: GAOXIN_HEADER,
      roles: FIVE_COLUMNS,
      rows: 18,
      first: {
        line: 108,
        cells: [
          '1',
          '交通运输领域',
          '盯紧客车、货车、危险化学品运输车、工程车、网约车、校车等重点车型及生产经营单位安全监管，开展交通突出违法行为集中整治。加强公路防控体系建设，整合升级国省县道及农村道路视频镜头设备，完成1.5公里农村公路安全生命防护工程安装，高新区“两客一危”检验率、报废率达97%以上，重点货运源头单位称重数据接入市级治超系统有效率达50%以上。',
          '改革发展局、建设局、公共服务局、市场监督管理局、高新区公安分局、城市建设事务中心等，各镇街',
          '',
        ],
      },
      last: {
        line: 210,
        cells: [
          '18',
          '抗震领域',
          '按要求开展重大基础设施地震灾害风险评估。按计划开展地震易发区房屋设施加固工程，做好房屋设施抗震加固和抗震设防信息采集汇交工作。推进地震灾害损失预评估成果更新和成果应用。',
          '综合执法局（应急管理局），各镇街',
          '',
        ],
      },
    });
    expectTable(measures, {
      title: '三、重点措施',
      header: GAOXIN_HEADER,
      roles: FIVE_COLUMNS,
      rows: 57,
      first: {
        line: 224,
        cells: [
          '1',
          '强化党政领导干部责任',
          '制定党政领导干部安全生产、防灾减灾救灾工作职责清单和年度重点任务清单，落实半年述职报告制度。',
          '办公室、安委办、防减救灾办，各镇街',
          '',
        ],
      },
      last: {
        line: 560,
        cells: ['57', '', '引导推动救援急需装备研发和安全生产新型实用技术创新。', '科技创新局、综合执法局（应急管理局）、创新服务中心', ''],
      },
    });
    expectTable(fire, {
      title: '四、城乡消防专项',
      header: GAOXIN_HEADER,
      roles: FIVE_COLUMNS,
      rows: 14,
      first: { line: 574, cells: ['1', '重特大火灾起数', '0', '消安委各成员单位，各镇街', ''] },
      // The file ends without the last row's empty 备注 cell; it is added back without a warning.
      last: {
        line: 652,
        cells: ['14', '电动自行车摩托车综合智管', '重点打造规范充停场景，实现3类多跨事件市、区、镇街三级贯通。', '消防办公室', ''],
      },
    });
  });

  it('reads the six tables of 001 (垫江县) with no warnings', async () => {
    const document = await readSeed(SEEDS.dianjiang);
    expect(document.warnings).toEqual([]);
    expect(document.tables.map((t) => t.title)).toEqual([
      '一、核心绩效指标',
      '二、重要文件',
      '三、重点整治',
      '四、重点措施',
      '五、重点应用/平台',
      '六、城乡消防专项',
    ]);
    expect(document.tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ...Array(2).fill(['序号', '名称', '2025年目标', '责任单位', '备注']),
      ...Array(4).fill(DIANJIANG_CONTENT_HEADER),
    ]);
    const [indicators, files, rectification, measures, platforms, fire] = document.tables;
    expectTable(indicators, {
      title: '一、核心绩效指标',
      header: DIANJIANG_HEADER,
      roles: FIVE_COLUMNS,
      rows: 6,
      first: { line: 91, cells: ['1', '重特大生产安全事故起数', '0', '县安委会各成员单位，各乡镇（街道）', ''] },
      last: { line: 121, cells: ['6', '森林火灾受害率', '0.3‰以内', '县防减救灾委各成员单位，各乡镇（街道）', ''] },
    });
    expectTable(files, {
      title: '二、重要文件',
      header: DIANJIANG_HEADER,
      roles: FIVE_COLUMNS,
      rows: 10,
      first: { line: 135, cells: ['1', '《垫江县突发事件总体预案》', '修订', '县应急管理局', ''] },
      last: { line: 189, cells: ['10', '《关于加强高标准农田项目建设安全的相关制度》', '印发', '县农业农村委', ''] },
    });
    expectTable(rectification, {
      title: '三、重点整治',
      header: DIANJIANG_CONTENT_HEADER,
      roles: FIVE_COLUMNS,
      rows: 20,
      first: {
        line: 204,
        cells: [
          '1',
          '交通运输领域',
          '盯紧货车、客车、危险化学品运输车、网约车、校车、客船、渡船、“三无”船舶等重点车型（船舶）及企业安全监管，开展交通突出违法行为集中整治。加强公路防控体系建设，推动全县农村安全生命防护栏应设尽设；完成7座渡口、7艘船舶4G智能监控设备安装。完成道路交通事故多发点段安全隐患排查治理及安全设施精细化提升，安装标志牌165套，弯道预警系统11套，区间测速系统28台，红绿灯5套，电子警察抓拍系统16套。完成S206公路地质灾害防治工程。完成2000台客、货（危）车辆GPS监控系统升级改造。推动电动自行车上牌、三轮电动车赋码，同步落实摩托车电动车带牌销售。落实重点人员和“五小车辆”登记摸排管理工作。具有绕行条件的场镇完善设施后落实货运车辆管控。增加人员密集路段交通标志标牌，加快全县快速路隐患治理，落实全县重要道路路灯建设。',
          '县公安局、县交通运输委、县教委、县农业农村委等，各乡镇（街道）',
          '',
        ],
      },
      last: {
        line: 318,
        cells: [
          '20',
          '抗震领域',
          '开展重大基础设施地震灾害风险评估。做好房屋设施抗震加固和抗震设防信息采集汇交工作。配合市级部门完成地震监测设备授时系统更新升级和县预警台站评估工作。',
          '县应急管理局，各乡镇（街道）',
          '',
        ],
      },
    });
    expectTable(measures, {
      title: '四、重点措施',
      header: DIANJIANG_CONTENT_HEADER,
      roles: FIVE_COLUMNS,
      rows: 56,
      first: {
        line: 333,
        cells: [
          '1',
          '强化党政领导干部责任',
          '制定党政领导干部安全生产、防灾减灾救灾工作职责清单和年度重点任务清单，落实半年述职报告制度。',
          '县安委会、县防减救灾委，各乡镇（街道）',
          '',
        ],
      },
      last: {
        line: 663,
        cells: ['56', '', '引导推动救援急需装备研发和安全生产新型实用技术创新。', '县应急管理局、县科技局，各乡镇（街道）', ''],
      },
    });
    expectTable(platforms, {
      title: '五、重点应用/平台',
      header: DIANJIANG_CONTENT_HEADER,
      roles: FIVE_COLUMNS,
      rows: 11,
      first: {
        line: 678,
        cells: [
          '1',
          '应急智慧指挥体系建设',
          '配合市级部门迭代增容应急通信融合平台，增强事故灾情态势侦测与分发、情报共享与研判、救援协同与管理等能力。',
          '县应急管理局',
          '',
        ],
      },
      last: {
        line: 738,
        cells: [
          '11',
          '城市内涝治理',
          '配合市级部门实现市、县、乡镇（街道）三级贯通，完善城市内涝积水隐患风险点预警、响应及处置数字化闭环管控。',
          '县住房城乡建委（县城市管理局）',
          '',
        ],
      },
    });
    expectTable(fire, {
      title: '六、城乡消防专项',
      header: DIANJIANG_CONTENT_HEADER,
      roles: FIVE_COLUMNS,
      rows: 18,
      first: { line: 752, cells: ['1', '重特大火灾起数', '0', '县消安办各成员单位，各乡镇（街道）', ''] },
      last: {
        line: 854,
        cells: ['18', '电动自行车摩托车综合智管', '重点打造规范充停场景，配合市级部门实现3类多跨事件市、县、乡镇（街道）三级贯通。', '县消防救援局', ''],
      },
    });
  });

  it('reads the one table of 004 (璧山区) as five columns under a four-label header, and says so', async () => {
    const document = await readSeed(SEEDS.bishan);
    expect(document.warnings).toEqual([
      {
        code: 'header-span',
        message:
          '第 89 行的表格「全区安全生产治本攻坚三年行动重点任务清单」的表头比数据行少一列：按表头「重点任务」横跨两列读取（前一列为任务名称，后一列为任务内容），请核对。',
        at: { line: 89, rest: '的表头比数据行少一列：按表头「重点任务」横跨两列读取（前一列为任务名称，后一列为任务内容），请核对。' },
        args: { label: '重点任务', group: 1 },
      },
    ]);
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.position).toEqual({ kind: 'line', line: 89 });
    expect(table.columns).toEqual([
      { label: '行动名称', role: 'group' },
      { label: '重点任务', role: 'group' },
      { label: '重点任务', role: 'content' },
      { label: '完成时间', role: 'deadline' },
      { label: '责任单位', role: 'units' },
    ]);
    expectTable(table, {
      title: '全区安全生产治本攻坚三年行动重点任务清单',
      header: ['行动名称', '重点任务', '完成时间', '责任单位'],
      roles: ['group', 'group', 'content', 'deadline', 'units'],
      rows: 82,
      first: {
        line: 94,
        cells: [
          '一、开展重大安全风险源头管控行动',
          '1.强化重大安全风险源头管控。',
          '建立完善各类发展规划的安全风险评估会商机制，制定化工园区等重点区域安全生产禁止和限制类产业目录，严格安全准入。',
          '2024年',
          '区安委会相关成员单位',
        ],
      },
      // The 完成时间 cell holds two paragraphs with a blank line between them.
      last: { line: 582, cells: ['', '', '力争每年分别开展“千师万讲”安全知识宣讲近万场。', '2025年\n2026年', '区安委会相关成员单位'] },
    });
  });

  it('keeps the blank-line paragraph break inside a cell in the middle of 004 too', async () => {
    const document = await readSeed(SEEDS.bishan);
    const row = document.tables[0].rows.find((r) => r.position.kind === 'line' && r.position.line === 202);
    expect(row?.cells.map((c) => c.text)).toEqual(['', '', '持续巩固深化全员安全生产责任制。', '2025年\n2026年', '区安委会相关成员单位、各镇街']);
  });

  it('finds no table in 003 (市政府) and gives exactly one warning', async () => {
    const document = await readSeed(SEEDS.chongqing);
    expect(document.tables).toEqual([]);
    expect(document.warnings).toEqual([
      { code: 'no-table', message: '文件中没有找到分工表：需要一张表头含「责任单位」「牵头单位」或「配合单位」等列名的表格。' },
    ]);
  });

  it('finds no table in 002 (涪陵区) and says its named appendix is missing', async () => {
    const document = await readSeed(SEEDS.fuling);
    expect(document.tables).toEqual([]);
    expect(document.warnings).toEqual([
      {
        code: 'appendix-missing',
        message: '文件列出了附件「核心绩效指标责任及重点任务分工」，但文中没有它的表格内容（附件可能是单独的文件）：请找到附件原件后再导入。',
        args: { appendix: '核心绩效指标责任及重点任务分工' },
      },
    ]);
  });
});

describe('readDocument on input that is not a text export', () => {
  const problems: Array<[string, number[], string]> = [
    ['empty input', [], 'empty'],
    ['a truncated .docx (zip) package', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'zip-corrupt'],
    ['a Word 97–2003 .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'doc-format'],
    ['a PDF', [...Buffer.from('%PDF-1.7\n')], 'pdf-format'],
    ['an RTF file', [...Buffer.from('{\\rtf1\\ansi ')], 'rtf-format'],
    ['only spaces and line ends', [...Buffer.from(' \r\n\n\t\n')], 'empty'],
    ['bytes with NUL in them', [0x41, 0x00, 0x42, 0x0a], 'binary'],
    ['bytes in no known encoding', [0xff, 0xff, 0xff, 0x80], 'undecodable'],
  ];

  it.each(problems)('refuses %s with a Chinese message', async (_name, bytes, code) => {
    const result = await readDocument('x.txt', Uint8Array.from(bytes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers a Word 97–2003 .doc, even one named .docx, by asking for it saved as .docx', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const result = await readDocument('工作要点.docx', doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('doc-format');
    expect(result.error.message).toContain('「另存为」.docx');
  });

  it('answers a .wps and an old .xls, which share the .doc container, each by what it is', async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const messages = await Promise.all(['通知.wps', '台账.xls', '通知.doc'].map(async (name) => {
      const result = await readDocument(name, ole2);
      return result.ok ? '' : result.error.message;
    }));
    expect(messages[0]).toBe('这是 WPS 文字的 .wps 文件，无法直接读取：请在 WPS 中「另存为」.docx 后再导入。');
    expect(messages[1]).toBe('这是旧版 Excel 工作簿（.xls），不是 Word 文档：请在 Excel 中打开它，选中其中的分工表，再用加载项的「从选区导入」或「分析当前表格」。');
    expect(messages[2]).toBe('这是 Word 97–2003 的 .doc 文件，无法直接读取：请在 Word 或 WPS 中「另存为」.docx 后再导入。');
  });
});
