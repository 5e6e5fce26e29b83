// The audit on the real seeds. Every count below was checked by hand against the tables in the
// seeds' appendices: each flag is one a clerk would agree with, and nothing a clerk would flag is
// missing. Rows and columns are indexes into inspect's output.

import { analyse } from '../../../src/core/analyse';
import type { Flag } from '../../../src/core/audit/flag';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { SEEDS } from '../read/seed-files';
import { readSeed } from '../tasks/seed-documents';

const countsOf = (flags: Flag[]) =>
  flags.reduce<Record<string, number>>((counts, f) => ({ ...counts, [f.code]: (counts[f.code] ?? 0) + 1 }), {});
const at = (flags: Flag[], code: string, table: number, row: number) =>
  flags.filter((f) => f.code === code && f.table === table && f.row === row);

let seeds: Record<keyof typeof SEEDS, SourceDocument>;
beforeAll(async () => {
  const entries = await Promise.all(Object.entries(SEEDS).map(async ([key, name]) => [key, await readSeed(name)] as const));
  seeds = Object.fromEntries(entries) as typeof seeds;
});
const flagsOf = (...documents: SourceDocument[]) => analyse(documents).flags;

describe('the audit of seed 000 (高新区)', () => {
  let flags: Flag[];
  beforeAll(() => {
    flags = flagsOf(seeds.gaoxin);
  });

  test('finds these flags, code by code', () => {
    expect(countsOf(flags)).toEqual({
      'blank-unit': 1,
      'collective-only': 22,
      'joined-units': 1,
      'name-variant': 2,
      'open-ended': 8,
      'vague-unit': 15,
    });
  });

  test('the headline indicators carried by 各成员单位 and 各镇街 are only noted', () => {
    expect(flags.filter((f) => f.code === 'collective-only' && f.table === 0).map((f) => [f.row, f.severity])).toEqual([
      [0, 'info'],
      [1, 'info'],
      [2, 'info'],
      [3, 'info'],
      [4, 'info'],
    ]);
  });

  test('「动态厘清新兴业态安全监管职责」 names no unit; the cell above is shown as a possible lost merge', () => {
    const [flag] = at(flags, 'blank-unit', 2, 5);
    expect(flag).toMatchObject({ column: 3, severity: 'error', text: '' });
    expect(flag?.message).toContain('上一行责任单位为「改革发展局、生态环境局、建设局、');
  });

  test('「公共服务局综合执法局（应急管理局）」 runs two units together', () => {
    expect(at(flags, 'joined-units', 2, 34)).toEqual([
      expect.objectContaining({ column: 3, units: ['公共服务局综合执法局（应急管理局）'] }),
    ]);
  });

  test('「应急管理局」 beside 「综合执法局（应急管理局）」, and 「市场监管局」 beside 「市场监督管理局」, are name variants', () => {
    expect(at(flags, 'name-variant', 2, 29)).toEqual([expect.objectContaining({ column: 3, units: ['应急管理局'] })]);
    expect(at(flags, 'name-variant', 3, 6)).toEqual([expect.objectContaining({ column: 3, units: ['市场监管局'] })]);
    expect(at(flags, 'name-variant', 3, 6)[0]?.suggestion).toBe('把「市场监管局」统一写作「市场监督管理局」。');
  });

  test('「生态环境局等有关行业部门，有关镇街」 is both open-ended and vague', () => {
    expect(at(flags, 'open-ended', 1, 14).map((f) => f.units)).toEqual([['生态环境局']]);
    expect(at(flags, 'vague-unit', 1, 14).map((f) => f.units)).toEqual([['有关行业部门', '有关镇街']]);
  });
});

describe('the audit of seed 001 (垫江县)', () => {
  let flags: Flag[];
  beforeAll(() => {
    flags = flagsOf(seeds.dianjiang);
  });

  test('finds these flags, code by code', () => {
    expect(countsOf(flags)).toEqual({
      'blank-unit': 1,
      'collective-only': 27,
      'open-ended': 24,
      'repeated-unit': 1,
      'vague-unit': 7,
    });
  });

  test('the 「四、重点措施」 row that lists 县水利局 twice is a repeated unit', () => {
    const [flag] = at(flags, 'repeated-unit', 3, 4);
    expect(flag).toMatchObject({ column: 3, units: ['县水利局', '县水利局'] });
    expect(seeds.dianjiang.tables[3]?.title).toBe('四、重点措施');
  });

  test('「动态厘清新兴业态安全监管职责」 names no unit', () => {
    expect(at(flags, 'blank-unit', 3, 5)).toEqual([expect.objectContaining({ column: 3, severity: 'error' })]);
    expect(seeds.dianjiang.tables[3]?.rows[5]?.cells[2]?.text).toContain('动态厘清新兴业态安全监管职责');
  });

  test('a capacity in brackets (「县发展改革委（县国动办）」) is not a name variant', () => {
    expect(flags.filter((f) => f.code === 'name-variant')).toEqual([]);
  });
});

describe('the audit of seed 004 (区级治本攻坚清单)', () => {
  let flags: Flag[];
  beforeAll(() => {
    flags = flagsOf(seeds.bishan);
  });

  test('finds these flags, code by code', () => {
    expect(countsOf(flags)).toEqual({
      'blank-unit': 3,
      'collective-only': 46,
      'open-ended': 3,
      'split-heading': 1,
    });
  });

  test('「19.加强安全生产风险」 / 「监测预警管控能力建设。」 is one heading split across two rows', () => {
    expect(at(flags, 'split-heading', 0, 62)).toEqual([
      expect.objectContaining({ column: 1, text: '19.加强安全生产风险', severity: 'warning' }),
    ]);
  });

  test('the three blank 责任单位 cells under 「21.深化燃气安全专项整治。」 point at the filled cell above', () => {
    const blanks = flags.filter((f) => f.code === 'blank-unit');
    expect(blanks.map((f) => [f.row, f.column])).toEqual([
      [77, 4],
      [78, 4],
      [79, 4],
    ]);
    for (const flag of blanks) expect(flag.message).toContain('责任单位为「区经济信息委、各镇街」，可能是合并单元格');
  });
});

test('the seeds without tables (002, 003) give no flag', () => {
  expect(flagsOf(seeds.fuling, seeds.chongqing)).toEqual([]);
});

test('audited together, the seeds give the flags each gives alone: documents of different levels are not compared', () => {
  const together = flagsOf(seeds.gaoxin, seeds.dianjiang, seeds.fuling, seeds.chongqing, seeds.bishan);
  expect(countsOf(together)).toEqual({
    'blank-unit': 5,
    'collective-only': 95,
    'joined-units': 1,
    'name-variant': 2,
    'open-ended': 35,
    'repeated-unit': 1,
    'split-heading': 1,
    'vague-unit': 22,
  });
  expect(together.map((f) => f.document)).toEqual([...together.map((f) => f.document)].sort((a, b) => a - b));
});
