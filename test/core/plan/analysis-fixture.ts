// A small Analysis written out by hand: two documents (the second without a table), three tasks,
// two flags, and cell texts that a spreadsheet would happily misread (formulas, dates, per-mille).

import type { Analysis } from '../../../src/core/analysis';
import type { Flag } from '../../../src/core/audit/flag';
import type { RawTable } from '../../../src/core/tables/raw-table';
import type { Task } from '../../../src/core/tasks/task';
import type { UnitMention } from '../../../src/core/units/unit';

const table: RawTable = {
  title: '二、重点整治任务',
  header: ['序号', '名称', '2025年目标', '责任单位'],
  columns: [
    { label: '序号', role: 'seq' },
    { label: '名称', role: 'group' },
    { label: '2025年目标', role: 'content' },
    { label: '责任单位', role: 'units' },
  ],
  rows: [0, 1, 2].map((row) => ({ cells: [], position: { kind: 'line', line: 10 + row } })),
  position: { kind: 'line', line: 9 },
};

function mention(canonical: string, role: 'lead' | 'support', kind: UnitMention['kind'] = 'bureau'): UnitMention {
  return { written: canonical, canonical, kind, role, roleSource: 'first-listed', column: 3, openEnded: false, known: true };
}

function task(row: number, seq: string, content: string, deadline: string, units: string, mentions: UnitMention[]): Task {
  return {
    document: 0,
    table: 0,
    row,
    source: '工作要点.txt',
    tableTitle: table.title,
    seq,
    heading: '交通运输领域',
    headingFilled: row > 0,
    content,
    deadline,
    note: '',
    responsibility: [{ column: 3, role: 'units', text: units, merged: false }],
    units: mentions,
  };
}

const tasks: Task[] = [
  task(0, '1', '=SUM(1)', '1-2月', '区应急局、区公安分局', [mention('区应急局', 'lead'), mention('区公安分局', 'support')]),
  task(1, '2', '森林火灾受害率0.3‰以内', '2025年6月底前', '各镇街', [mention('各镇街', 'support', 'group')]),
  task(2, '3', '+86 热线 @值班 -5%', '\t全年', '区公安分局', [mention('区公安分局', 'lead')]),
];

const flags: Flag[] = [
  {
    code: 'collective-only',
    severity: 'warning',
    document: 0,
    table: 0,
    row: 1,
    column: 3,
    text: '各镇街',
    units: ['各镇街'],
    message: '责任单位只有群体「各镇街」，没有具体的牵头单位。',
    suggestion: '补充一个具体的牵头单位。',
    args: { units: ['各镇街'], headline: 0 },
  },
  {
    code: 'blank-unit',
    severity: 'error',
    document: 0,
    table: 0,
    row: 2,
    column: 1,
    text: '',
    units: [],
    message: '示例：任务名称列的问题。',
    suggestion: '',
    args: { written: '' },
  },
];

export function sampleAnalysis(): Analysis {
  return {
    documents: [
      { source: '工作要点.txt', format: 'text', encoding: 'utf-8', tables: [table], warnings: [] },
      { source: '通知.txt', format: 'text', encoding: 'gb18030', tables: [], warnings: [{ code: 'no-table', message: '没有找到分工表。' }] },
    ],
    tasks,
    directory: {
      entries: [
        { canonical: '区应急局', aliases: ['区应急管理局'], kind: 'bureau', members: [] },
        { canonical: '区公安分局', aliases: [], kind: 'bureau', members: [] },
        { canonical: '区民政局', aliases: [], kind: 'bureau', members: [] },
        { canonical: '各镇街', aliases: [], kind: 'group', members: [] },
      ],
    },
    directoryGiven: false,
    proposals: [],
    flags,
    byUnit: [
      {
        canonical: '区公安分局',
        kind: 'bureau',
        writtenForms: ['区公安分局'],
        lead: [{ document: 0, table: 0, row: 2 }],
        support: [{ document: 0, table: 0, row: 0 }],
        viaGroup: [],
        perTable: [{ document: 0, table: 0, title: table.title, lead: 1, support: 1, viaGroup: 0 }],
      },
      {
        canonical: '区应急局',
        kind: 'bureau',
        writtenForms: ['区应急局'],
        lead: [{ document: 0, table: 0, row: 0 }],
        support: [],
        viaGroup: [],
        perTable: [{ document: 0, table: 0, title: table.title, lead: 1, support: 0, viaGroup: 0 }],
      },
      {
        canonical: '各镇街',
        kind: 'group',
        writtenForms: ['各镇街'],
        lead: [],
        support: [{ document: 0, table: 0, row: 1 }],
        viaGroup: [],
        perTable: [{ document: 0, table: 0, title: table.title, lead: 0, support: 1, viaGroup: 0 }],
      },
    ],
    matrix: {
      tasks: tasks.map(({ document, table, row }) => ({ document, table, row })),
      units: ['区公安分局', '区应急局', '各镇街'],
      marks: [
        ['配', '牵', ''],
        ['', '', '配'],
        ['牵', '', ''],
      ],
    },
    coverage: {
      tasksWithoutBureau: [{ document: 0, table: 0, row: 1 }],
      unitsWithoutTask: ['区民政局'],
      overloaded: [],
    },
  };
}

export const DIRECTORY_ROWS = [
  ['单位名称', '别名', '类型', '成员'],
  ['区应急局', '区应急管理局', '单位', ''],
  ['区公安分局', '', '单位', ''],
  ['各镇街', '', '统称', '甲镇、乙街道'],
];
