// The core's messages in the English pane: every code the core can send has an English rendering, and
// the renderings of real problems (the seeds, a directory, returned files) say them in English, with
// only the document's own words (quoted) left in Chinese.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { FLAG_CODES } from '../../src/core/audit/flag';
import { collectReturns, isFileProblem, type ReturnProblemCode } from '../../src/core/loop/collect';
import type { ProgressRow } from '../../src/core/loop/progress';
import type { Warning } from '../../src/core/result';
import { nothingRead } from '../../src/core/tables/nothing-read';
import { buildDirectory } from '../../src/core/units/build-directory';
import { directoryFromCsv } from '../../src/core/units/directory-csv';
import { FILE_PROBLEMS_EN, FLAGS_EN, WARNINGS_EN } from '../../src/taskpane/core-text-en';
import { fileProblemText, flagText, warningText } from '../../src/taskpane/core-text';
import { previewOf } from '../../src/taskpane/preview';
import { setLanguage } from '../../src/taskpane/strings';
import { SEEDS } from '../core/read/seed-files';
import { readSeed } from '../core/tasks/seed-documents';

const SRC = join(__dirname, '../../src');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(folder, entry.name), 'utf8')] : [],
  );
}

/** The first argument of every call of `helpers` in the sources the pane can receive messages from. */
function codesCalled(helpers: string[]): string[] {
  const call = new RegExp(`\\b(?:${helpers.join('|')})(?:<[^>]*>)?\\(\\s*'([a-z0-9-]+)'`, 'g');
  const text = [...sources(join(SRC, 'core')), ...sources(join(SRC, 'xlsx'))].join('\n');
  return [...new Set([...text.matchAll(call)].map((m) => m[1] as string))].sort();
}

/** Chinese left once the document's words are taken out: quoted spans (“…”) and the names given. */
function chineseOutside(text: string, names: string[] = []): string {
  const bare = names.reduce((rest, name) => rest.replaceAll(name, ''), text.replace(/“[^”]*”/g, ''));
  return (bare.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? []).join(' ');
}

beforeAll(() => setLanguage('en-US'));
afterAll(() => setLanguage('zh-CN'));

describe('every code the core sends has an English rendering', () => {
  test('each warning, refusal and 名录 proposal code in src/core and src/xlsx', () => {
    const codes = codesCalled(['warning', 'warningAt', 'failure', 'failureBecause', 'proposal']);
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => !(code in WARNINGS_EN))).toEqual([]);
  });

  test('each flag code', () => {
    expect(FLAG_CODES.filter((code) => !(code in FLAGS_EN))).toEqual([]);
  });

  test('each 回收汇总 problem about a whole file, the ones the pane shows', () => {
    const union = readFileSync(join(SRC, 'core/loop/collect.ts'), 'utf8').match(/export type ReturnProblemCode =([^;]*);/)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] as ReturnProblemCode);
    const shown = codes.filter((code) => isFileProblem({ code }));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.filter((code) => !(code in FILE_PROBLEMS_EN))).toEqual([]);
  });

  test('a code without one is caught: the walk finds the codes the renderings are keyed by', () => {
    const missingOne = Object.fromEntries(Object.entries(WARNINGS_EN).filter(([code]) => code !== 'empty'));
    expect(codesCalled(['failure']).filter((code) => !(code in missingOne))).toEqual(['empty']);
  });
});

describe('reader warnings, in English from a seed', () => {
  test('004 (璧山区): the header read over two columns, the place named by the table’s title', async () => {
    const preview = previewOf(await readSeed(SEEDS.bishan));
    expect(preview.tables[0]?.warnings).toEqual([
      '“全区安全生产治本攻坚三年行动重点任务清单”: the header has one column fewer than the data rows, so “重点任务” was read across two columns (the first as the task name, the second as its content). Please check.',
    ]);
  });

  test('002 (涪陵区): the appendix listed but missing, and the file refused because nothing was read', async () => {
    const document = await readSeed(SEEDS.fuling);
    expect(previewOf(document).warnings).toEqual([
      'The document lists the appendix “核心绩效指标责任及重点任务分工”, but its table is not in the text (the appendix may be a separate file): find the appendix itself and import it.',
    ]);
    const refused = warningText(nothingRead(document));
    expect(refused).toMatch(/^No task was read: .*\nThe appendix may be a separate file: import the appendix itself\.$/);
    expect(chineseOutside(refused)).toBe('');
  });

  test('every seed’s warnings, and a refusal that wraps another, leave no Chinese outside the document’s words', async () => {
    const said = [];
    for (const name of Object.values(SEEDS)) {
      const document = await readSeed(name);
      said.push(...document.warnings.map((w) => warningText(w)), warningText(nothingRead(document)));
    }
    const cause: Warning = { code: 'zip-too-large', message: '…', args: { megabytes: 200 } };
    said.push(warningText({ code: 'base-unreadable', message: '…', args: { file: '汇总.xlsx' }, cause }));
    expect(said).toContain('The combined workbook “汇总.xlsx” cannot be opened: Unpacked, the package is larger than 200 MB (or its declared sizes are wrong): it may be a malicious file and was not read.');
    const pdf: Warning = { code: 'not-xlsx', message: '…', args: { found: 'pdf' } };
    expect(warningText({ code: 'base-unreadable', message: '…', args: { file: '汇总.xlsx' }, cause: pdf })).toBe(
      'The combined workbook “汇总.xlsx” cannot be opened: This is a PDF file, not an Excel workbook (.xlsx).',
    );
    expect(said.map((text) => chineseOutside(text)).filter((rest) => rest !== '')).toEqual([]);
  });
});

describe('audit flags, in English from the seeds', () => {
  test('each flag of the seeds reads in English, its units and cell text quoted', async () => {
    const documents = await Promise.all([SEEDS.gaoxin, SEEDS.dianjiang, SEEDS.bishan].map(readSeed));
    const { flags } = analyse(documents);
    expect(new Set(flags.map((f) => f.code)).size).toBeGreaterThan(4);
    const left = flags.map((flag) => [flag.code, chineseOutside(flagText(flag))]).filter(([, rest]) => rest !== '');
    expect(left).toEqual([]);
    const repeated = flags.find((f) => f.code === 'repeated-unit' && f.text.includes('县水利局'));
    expect(repeated && flagText(repeated)).toBe('“县水利局” appears 2 times in the same cell.');
    const joined = flags.find((f) => f.code === 'joined-units');
    expect(joined && flagText(joined)).toBe('“公共服务局综合执法局（应急管理局）” is “公共服务局” and “综合执法局（应急管理局）” run together, with no separator.');
    const open = flags.find((f) => f.code === 'open-ended');
    expect(open && flagText(open)).toMatch(/^The units end in “等” \(etc\.\) after “[^”]+”/);
  });

  test('a deadline the reader cannot read says why, in English', () => {
    const said = flagText({ ...flagOf('deadline'), args: { part: '尽快', noYear: 0 } });
    expect(said).toBe('No date can be read from the deadline (“尽快” is not recognised), so no reminder can be given.');
  });
});

describe('the 单位名录 file’s warnings, in English', () => {
  test('a bad type, a duplicate and a row with no name, each by its line', () => {
    const read = directoryFromCsv('单位名称,别名,类型,成员\n县应急局,,局,\n县应急局,,单位,\n,县林业局,单位,\n');
    expect(read.warnings.map((w) => warningText(w))).toEqual([
      'Line 2: the type “局” should be “单位”, “统称” or “泛指” (a unit, a collective name or vague); read as a unit from the name.',
      'Line 3: “县应急局” is the same name as “县应急局” on line 2; the row was ignored.',
      'Line 4: no unit name; the row was ignored.',
    ]);
  });
});

describe('the 名录’s questions, in English', () => {
  test('a name that is another with words added after it, from seed 000', async () => {
    const { proposals } = buildDirectory([await readSeed(SEEDS.gaoxin)]);
    expect(proposals.map((p) => warningText({ code: p.code, message: p.reason, args: p.args }))).toEqual([
      '“高新区公安分局交巡警支队” is “高新区公安分局” followed by “交巡警支队”: the same unit, or a body under it? Please decide.',
    ]);
  });
});

describe('回收汇总’s file problems, in English', () => {
  test('a file that would not open says why, and a file that is not a task list says so', () => {
    const ledger: ProgressRow[] = [];
    const refused = { fileName: '加密.xlsx', refused: { code: 'password', message: '文件设有打开密码' } };
    const notOurs = { fileName: '随便.xlsx', modified: '', sheets: [{ name: 'Sheet1', cells: [['a', 'b']] }] };
    const { problems } = collectReturns(ledger, [refused, notOurs]);
    expect(problems.filter(isFileProblem).map(fileProblemText)).toEqual([
      '“加密.xlsx” could not be read: The file is protected by a password and cannot be read: ask the unit to remove it (File → Info → Protect Workbook) and send the file again.',
      '“随便.xlsx” is not a task list sent out by RespMatrix (it has no “任务键”, “填报单位”, “完成状态”, “落实情况” columns), so it was not collected.',
    ]);
  });
});

function flagOf(code: (typeof FLAG_CODES)[number]) {
  return { code, severity: 'warning' as const, document: 0, table: 0, row: 0, column: 0, text: '', units: [], message: '', suggestion: '', args: {} };
}
