import { splitHeading } from '../../../src/core/audit/split-heading';
import type { ColumnRole } from '../../../src/core/tables/raw-table';
import { auditInput, textDocument } from './make-task';
import { runRule } from './rule-tester';

const ACTION_COLUMNS: Array<[string, ColumnRole]> = [
  ['行动名称', 'group'],
  ['重点任务', 'group'],
  ['重点任务', 'content'],
  ['责任单位', 'units'],
];
const PLAIN_COLUMNS: Array<[string, ColumnRole]> = [
  ['序号', 'seq'],
  ['名称', 'group'],
  ['责任单位', 'units'],
];
const withDocument = (columns: Array<[string, ColumnRole]>, rows: string[][]) =>
  auditInput([], { documents: [textDocument(columns, rows)] });

runRule(splitHeading, {
  valid: [
    {
      name: 'numbered sub-headings follow one another, with fill-down between them',
      input: withDocument(ACTION_COLUMNS, [
        ['六、开展数字整体智治能力提升行动', '17.推进数字应急综合应用建设。', '建成数字应急底座。', '区安委会相关成员单位'],
        ['', '', '进一步完善系统功能。', '区安委会相关成员单位'],
        ['', '18.加大老旧工艺设备设施淘汰改造力度。', '推动变型拖拉机全部淘汰退出。', '区农业农村委'],
        ['七、开展安全工程治理行动', '19.加强安全生产风险监测预警管控能力建设。', '推进创建国家安全发展示范城市。', '区应急局'],
      ]),
    },
    {
      name: 'plain headings without numbers or full stops stand in consecutive rows',
      input: withDocument(PLAIN_COLUMNS, [
        ['1', '交通运输领域', '县公安局'],
        ['2', '建设施工领域', '县住房城乡建委'],
        ['3', '燃气领域', '县经济信息委'],
      ]),
    },
    {
      name: 'a heading is repeated in the next row (a lost merge, not a break)',
      input: withDocument(PLAIN_COLUMNS, [
        ['9', '强化企业单位主体责任。', '县安委会各成员单位'],
        ['10', '强化企业单位主体责任。', '县国资管理服务中心'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a numbered heading stops mid-phrase and the next row carries the rest',
      input: withDocument(ACTION_COLUMNS, [
        ['', '18.加大老旧工艺设备设施淘汰改造力度。', '推动变型拖拉机全部淘汰退出。', '区农业农村委、各镇街'],
        ['', '19.加强安全生产风险', '启动使用危险化学品、矿山等高危企业安全生产电力监测分析系统。', '区应急局、各镇街'],
        ['', '监测预警管控能力建设。', '推进创建国家安全发展示范城市。', '区安委会相关成员单位、各镇街'],
        ['', '', '实现重点粉尘涉爆等企业安全风险监测预警全覆盖。', '区经济信息委、区应急局、各镇街'],
      ]),
      flags: [{ row: 1, column: 1, severity: 'warning', units: [], says: ['「19.加强安全生产风险」', '「监测预警管控能力建设。」'] }],
    },
    {
      name: 'in a column of sentences, one stops without its full stop',
      input: withDocument(PLAIN_COLUMNS, [
        ['1', '强化党政领导干部责任。', '县安委会'],
        ['2', '强化行业部门', '县安委会各成员单位'],
        ['3', '监管责任。', '县安委会各成员单位'],
      ]),
      flags: [{ row: 1, column: 1 }],
    },
  ],
});

test('the suggestion joins the two halves', () => {
  const [flag] = splitHeading.check(
    withDocument(PLAIN_COLUMNS, [
      ['1', '1.强化重大安全', '区应急局'],
      ['2', '风险源头管控。', '区应急局'],
    ]),
  );
  expect(flag?.suggestion).toContain('「1.强化重大安全风险源头管控。」');
});
