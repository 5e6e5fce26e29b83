// The table of Excel members (src/excel/api-sets.ts) against the code that calls them, against
// Microsoft's documentation of each (the [Api set] notes of the office-js typings), against the
// manifest, and against the fake Excel, which must refuse each member in an Excel too old for it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCEL_MEMBERS, laterExcelApi, MANIFEST_EXCEL_API } from '../../src/excel/api-sets';
import { FakeExcel } from './fake-excel';
import { laterSet } from './fake-office-limits';
import { officeMembersUsed, type UsedMember } from './office-members';

const ROOT = join(__dirname, '../..');

/** Every source file that may call Office.js: the Excel layer and the pane. */
const SOURCES = [
  ...readdirSync(join(ROOT, 'src/excel')).map((file) => `src/excel/${file}`),
  ...readdirSync(join(ROOT, 'src/taskpane'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `src/taskpane/${file}`),
];

/** Members of every object: they come with the object's own class. */
const EVERY_OBJECT = new Set(['load', 'items', 'isNullObject', 'sync']);

let used: UsedMember[];

beforeAll(() => {
  used = officeMembersUsed(SOURCES).filter((found) => !EVERY_OBJECT.has(found.member.split('.')[1] ?? ''));
}, 60_000);

describe('the table of Excel members', () => {
  test('lists every Excel and Office member the code calls, and none it no longer calls', () => {
    const listed = Object.keys(EXCEL_MEMBERS);
    expect(used.filter((found) => !listed.includes(found.member)).map((found) => `${found.member} (${found.at})`)).toEqual([]);
    expect(listed.filter((member) => !used.some((found) => found.member === member))).toEqual([]);
  });

  test('gives each member the requirement set Microsoft documents for it', () => {
    const wrong = used.filter((found) => found.documented !== undefined && EXCEL_MEMBERS[found.member] !== found.documented);
    expect(wrong.map((found) => `${found.member}: documented ${found.documented}, listed ${EXCEL_MEMBERS[found.member]}`)).toEqual([]);
  });

  test('the manifest declares the highest ExcelApi set of the table but for the guarded members, and the fake Excel of the tests is at it', () => {
    const sets = Object.values(EXCEL_MEMBERS)
      .filter((set) => set.startsWith('ExcelApi '))
      .map((set) => set.slice('ExcelApi '.length))
      .filter((set) => !laterExcelApi(set, MANIFEST_EXCEL_API));
    const highest = sets.reduce((a, b) => (laterSet(b, a) ? b : a));
    expect(highest).toBe(MANIFEST_EXCEL_API);
    expect(readFileSync(join(ROOT, 'manifest.xml'), 'utf8')).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_EXCEL_API}" />`);
    expect(new FakeExcel().apiLevel).toBe(MANIFEST_EXCEL_API);
  });

  test('a member of a later set than the manifest’s is used only in a file that asks hasExcelMember for a member of that set first', () => {
    const setOf = (member: string) => EXCEL_MEMBERS[member] ?? '';
    const later = used.filter((found) => setOf(found.member).startsWith('ExcelApi ') && laterExcelApi(setOf(found.member).slice('ExcelApi '.length), MANIFEST_EXCEL_API));
    const unguarded = later.filter((found) => {
      const source = readFileSync(join(ROOT, found.at.replace(/:\d+$/, '')), 'utf8');
      const asked = [...source.matchAll(/hasExcelMember\('([^']+)'\)/g)].map((match) => match[1] ?? '');
      const line = Number(/:(\d+)$/.exec(found.at)?.[1]);
      const askedAt = source.split('\n').findIndex((text) => /hasExcelMember\(/.test(text)) + 1;
      return !asked.some((member) => setOf(member) === setOf(found.member)) || askedAt === 0 || askedAt > line;
    });
    expect(later.length).toBeGreaterThan(0);
    expect(unguarded.map((found) => `${found.member} (${found.at})`)).toEqual([]);
  });
});

/** An object of each Excel interface the fake models, reached as the code reaches it. */
const REACH: Record<string, (context: Excel.RequestContext) => object> = {
  Workbook: (c) => c.workbook,
  WorksheetCollection: (c) => c.workbook.worksheets,
  Worksheet: (c) => c.workbook.worksheets.getItem('Sheet1'),
  Range: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1),
  RangeAreas: (c) => c.workbook.worksheets.getItem('Sheet1').getRanges('A1,B2'),
  RangeFormat: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format,
  RangeFont: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format.font,
  RangeFill: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format.fill,
  RangeBorderCollection: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format.borders,
  RangeBorder: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format.borders.getItem('EdgeTop'),
  FormatProtection: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).format.protection,
  DataValidation: (c) => c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).dataValidation,
  WorksheetProtection: (c) => c.workbook.worksheets.getItem('Sheet1').protection,
  WorksheetFreezePanes: (c) => c.workbook.worksheets.getItem('Sheet1').freezePanes,
  PageLayout: (c) => c.workbook.worksheets.getItem('Sheet1').pageLayout,
  TableCollection: (c) => c.workbook.worksheets.getItem('Sheet1').tables,
  Table: (c) => c.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true),
  CommentCollection: (c) => c.workbook.comments,
  Comment: (c) => c.workbook.comments.getItem('{x}'),
  SettingCollection: (c) => c.workbook.settings,
  Setting: (c) => c.workbook.settings.getItem('x'),
  Note: (c) => c.workbook.worksheets.getItem('Sheet1').notes.getItem('A1'),
  CustomXmlPartCollection: (c) => c.workbook.customXmlParts,
  CustomXmlPart: (c) => c.workbook.customXmlParts.getItem('{x}'),
};

/** Interfaces that are plain data passed to a member (a hyperlink, a validation rule): the member taking them is checked. */
const DATA = new Set([
  'DataValidationErrorAlert',
  'DataValidationRule',
  'ListDataValidation',
  'PageLayoutZoomOptions',
  'RangeHyperlink',
  'SettableCellProperties',
  'SettableColumnProperties',
  'SettableRowProperties',
  'WorksheetProtectionOptions',
]);

/** The set just before `set` (1.7 → 1.6, 1.1 → 1.0). */
const before = (set: string) => `1.${Number(set.split('.')[1]) - 1}`;

describe('the fake Excel at each member’s set', () => {
  const excelMembers = Object.entries(EXCEL_MEMBERS).filter(([member, set]) => set.startsWith('ExcelApi ') && !['Excel', 'RequestContext'].includes(member.split('.')[0] ?? ''));

  test('models every interface of the table, or the table’s member takes it as plain data', () => {
    const interfaces = [...new Set(excelMembers.map(([member]) => member.split('.')[0] ?? ''))];
    expect(interfaces.filter((name) => !(name in REACH) && !DATA.has(name))).toEqual([]);
  });

  test.each(excelMembers.filter(([member]) => !DATA.has(member.split('.')[0] ?? '')))('refuses %s with ApiNotFound in an Excel before %s, and has it at that set', (member, set) => {
    const [api = '', name = ''] = member.split('.');
    const version = set.slice('ExcelApi '.length);
    const excel = new FakeExcel();
    excel.apiLevel = '1.99';
    const object = REACH[api]?.(excel.requestContext) as Record<string, unknown>;
    excel.apiLevel = before(version);
    expect(() => object[name]).toThrow('ApiNotFound');
    excel.apiLevel = version;
    expect(() => object[name]).not.toThrow('ApiNotFound');
  });
});
