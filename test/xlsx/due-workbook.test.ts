// 到期提醒 into a copy of the combined workbook (due-workbook.ts): on a small plan whose deadlines
// lie years back, collected once (one bureau reported its task done), the 到期提醒 sheet lists for
// the day given exactly the rows overdue or due soon; every part other than the redone 进展汇总 and
// 到期提醒 and the parts that list sheets is carried over byte for byte; a file with no ledger, or no
// workbook at all, is refused with what it is.

import JSZip from 'jszip';
import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import { collectIntoWorkbook } from '../../src/xlsx/collect-workbook';
import { remindDueInWorkbook } from '../../src/xlsx/due-workbook';
import { sheetPaths } from '../../src/xlsx/package-sheets';
import { loadWorkbook, sheetText } from '../../src/xlsx/read-workbook';
import { renderAnalysis, type RenderedWorkbooks } from '../../src/xlsx/render-analysis';
import { fillReturn } from '../fixtures/fill-return';
import { docx as buildDocx, p } from '../fixtures/docx-builder';

const PLAN = [
  '重点任务分工表',
  '序号|工作任务|完成时间|责任单位',
  '1|完成全区隐患排查整治|2020年6月底前|区应急局、区公安分局',
  '2|修订区级应急预案|2021年3月31日前|区民政局',
  '3|健全值班值守制度|长期坚持|区应急局',
].join('\n');
const WITHIN = 15;
/** The parts that name the sheets, which change whenever a sheet does. */
const LISTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

let rendered: RenderedWorkbooks;
/** The combined workbook after one 回收汇总: 区民政局 reported its task done. */
let collected: Uint8Array;

beforeAll(async () => {
  const read = await readDocument('分工.txt', new TextEncoder().encode(PLAN));
  if (!read.ok) throw new Error(read.error.message);
  rendered = await renderAnalysis(analyse([read.value]), { perUnit: true, on: '2020-01-01' });
  const civil = rendered.bureaus.find((b) => b.fileName.startsWith('区民政局'));
  if (!civil) throw new Error('no workbook for 区民政局');
  const returned = await fillReturn(civil.bytes, () => ({ status: '已完成' }), new Date('2021-03-01T00:00:00Z'));
  const result = await collectIntoWorkbook({ fileName: '汇总.xlsx', bytes: rendered.combined }, [{ fileName: civil.fileName, bytes: returned }], { on: '2020-01-01', within: WITHIN });
  if (!result.ok) throw new Error(result.error.message);
  collected = result.value.bytes;
});

async function remind(on: string, bytes = collected) {
  const reminded = await remindDueInWorkbook({ fileName: '汇总-回收汇总.xlsx', bytes }, { on, within: WITHIN });
  if (!reminded.ok) throw new Error(reminded.error.message);
  return reminded.value;
}

/** The 到期提醒 sheet's title line and its rows under the header: 单位, 提醒, 到期日, 承担方式, 任务名称 and 内容. */
async function dueSheet(bytes: Uint8Array): Promise<{ subtitle: string; rows: string[][] }> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const sheet = loaded.value.workbook.getWorksheet('到期提醒');
  if (!sheet) throw new Error('no 到期提醒 sheet');
  const { cells } = sheetText(sheet);
  const header = cells.findIndex((row) => row[0] === '单位');
  return { subtitle: cells[1]?.[0] ?? '', rows: cells.slice(header + 1).map((row) => [row[0] ?? '', row[1] ?? '', row[2] ?? '', row[3] ?? '', [row[6], row[7]].filter(Boolean).join(' ')]) };
}

describe('remindDueInWorkbook', () => {
  test('lists each unit’s overdue rows for the day given, leaving out the task reported done', async () => {
    const { bytes, due, sheetNames } = await remind('2025-07-01');
    expect(sheetNames).toEqual(['进展汇总', '到期提醒']);
    const { subtitle, rows } = await dueSheet(bytes);
    expect(subtitle).toMatch(/^截至 2025-07-01：已逾期未完成 2 项，15 天内到期 0 项/);
    expect(rows).toEqual([
      ['区公安分局', '已逾期', '2020-06-30', '配合', '完成全区隐患排查整治'],
      ['区应急局', '已逾期', '2020-06-30', '牵头', '完成全区隐患排查整治'],
    ]);
    expect(due.map((unit) => [unit.unit, unit.overdue.length, unit.dueSoon.length])).toEqual([
      ['区公安分局', 1, 0],
      ['区应急局', 1, 0],
    ]);
  });

  test('ten days before a deadline the same rows are due soon, not overdue', async () => {
    const { rows } = await dueSheet((await remind('2020-06-20')).bytes);
    expect(rows).toEqual([
      ['区公安分局', '即将到期', '2020-06-30', '配合', '完成全区隐患排查整治'],
      ['区应急局', '即将到期', '2020-06-30', '牵头', '完成全区隐患排查整治'],
    ]);
  });

  test('every part but the redone 进展汇总 and 到期提醒 and the lists of sheets is carried over byte for byte, 回收统计 and 回收问题 included', async () => {
    const picked = collected.slice();
    const { bytes } = await remind('2025-07-01');
    expect(collected).toEqual(picked);
    const [before, after] = await Promise.all([JSZip.loadAsync(collected), JSZip.loadAsync(bytes)]);
    const [pathsBefore, pathsAfter] = await Promise.all([sheetPaths(before), sheetPaths(after)]);
    const redone = new Set(await ownedParts(before, [pathsBefore.get('进展汇总') ?? '', pathsBefore.get('到期提醒') ?? '']));
    const kept = Object.keys(before.files).filter((name) => !before.files[name]?.dir && !redone.has(name) && !LISTS.includes(name));
    expect(kept).toEqual(expect.arrayContaining([pathsBefore.get('回收统计'), pathsBefore.get('回收问题'), pathsBefore.get('说明')]));
    for (const name of kept) expect([name, await after.file(name)?.async('uint8array')]).toEqual([name, await before.file(name)?.async('uint8array')]);
    expect([...pathsAfter.keys()].sort()).toEqual([...pathsBefore.keys()].sort());
    expect(pathsAfter.get('回收统计')).toBe(pathsBefore.get('回收统计'));
  });

  test('a workbook without a 进展汇总 is refused as no ledger, naming the file', async () => {
    const [bureau] = rendered.bureaus;
    if (!bureau) throw new Error('no bureau');
    const refused = await remindDueInWorkbook({ fileName: bureau.fileName, bytes: bureau.bytes }, { on: '2025-07-01', within: WITHIN });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-ledger' } });
    expect(refused.ok ? '' : refused.error.message).toContain(`「${bureau.fileName}」中没有「进展汇总」表`);
  });

  test('a PDF or a Word document picked instead is refused, saying what it is', async () => {
    const pdf = await remindDueInWorkbook({ fileName: '汇总.xlsx', bytes: new TextEncoder().encode('%PDF-1.7\n') }, { on: '2025-07-01', within: WITHIN });
    const docx = await remindDueInWorkbook({ fileName: '方案.docx', bytes: await buildDocx(p('方案')) }, { on: '2025-07-01', within: WITHIN });
    expect([pdf.ok || pdf.error, docx.ok || docx.error]).toEqual([
      expect.objectContaining({
        code: 'base-unreadable',
        message: '汇总工作簿「汇总.xlsx」无法打开：这是 PDF 文件，不是 Excel 工作簿（.xlsx）。',
        cause: expect.objectContaining({ code: 'not-xlsx', args: { found: 'pdf' } }),
      }),
      expect.objectContaining({
        code: 'base-unreadable',
        message: '汇总工作簿「方案.docx」无法打开：这是 Word 文档（.docx），不是 Excel 工作簿（.xlsx）。',
        cause: expect.objectContaining({ code: 'not-xlsx', args: { found: 'docx' } }),
      }),
    ]);
  });
});

/** The parts of these sheets: each sheet's XML, its relationships and what they point to in the package. */
async function ownedParts(zip: JSZip, sheets: string[]): Promise<string[]> {
  const parts: string[] = [];
  for (const sheet of sheets) {
    const folder = sheet.replace(/[^/]*$/, '');
    const rels = `${folder}_rels/${sheet.slice(folder.length)}.rels`;
    parts.push(sheet, rels);
    const xml = (await zip.file(rels)?.async('string')) ?? '';
    for (const [, target] of xml.matchAll(/Target="([^"]+)"/g)) parts.push(new URL(target ?? '', `file:///${folder}`).pathname.slice(1));
  }
  return parts;
}
