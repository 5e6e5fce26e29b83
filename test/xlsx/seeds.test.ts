// The seeds end to end: read → analyse → plan → .xlsx → read back with ExcelJS.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { analyse } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analysis';
import { planBureauWorkbooks } from '../../src/core/plan/bureau-workbooks';
import { cellValues } from '../../src/core/plan/cell-values';
import { planWorkbook } from '../../src/core/plan/workbook';
import type { WorkbookPlan } from '../../src/core/plan/workbook-plan';
import { readDocument } from '../../src/core/read';
import type { SourceDocument } from '../../src/core/tables/raw-table';
import { directoryFromRows, directoryToRows } from '../../src/core/units/directory-rows';
import { readDirectoryRows } from '../../src/xlsx/read-directory';
import { renderXlsx } from '../../src/xlsx/render-xlsx';
import { loadWorkbook, partXml, readValues, sheetPartName } from './read-back';

const SEEDS = join(__dirname, '../../seeds');
let analysis: Analysis;
let plan: WorkbookPlan;
let bytes: Uint8Array;
let book: Workbook;

beforeAll(async () => {
  const documents: SourceDocument[] = [];
  for (const name of readdirSync(SEEDS).sort()) {
    const read = await readDocument(name, readFileSync(join(SEEDS, name)));
    if (!read.ok) throw new Error(`${name}: ${read.error.message}`);
    documents.push(read.value);
  }
  analysis = analyse(documents);
  plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory), on: '2025-07-01' });
  bytes = await renderXlsx(plan);
  book = await loadWorkbook(bytes);
});

describe('the seeds built into a workbook', () => {
  test('documents with a table get an import sheet named by their title; the two without one do not', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点',
      '2025年全县安全生产、防灾减灾救灾和消防工作要点',
      '璧山区安全生产治本攻坚三年行动实施方案',
      '审核问题',
      '单位汇总',
      '责任矩阵',
      '单位名录',
      '进展汇总',
      '到期提醒',
    ]);
  });

  test('every sheet reads back exactly as the plan says', () => {
    expect(readValues(book, plan)).toEqual(cellValues(plan));
  });

  test('each task is one import row and each flag one 审核问题 row', () => {
    const importRows = plan.sheets.slice(1, 4).reduce((n, s) => n + s.rows.length - 1, 0);
    expect(importRows).toBe(analysis.tasks.length);
    expect(book.getWorksheet('审核问题')?.actualRowCount).toBe(analysis.flags.length + 1);
  });

  test('the reader warnings of the documents without a table are on 说明', () => {
    const notes = (cellValues(plan)['说明'] ?? []).map((r) => r[7]);
    for (const document of analysis.documents.filter((d) => d.tables.length === 0)) {
      expect(notes).toContain(document.warnings.map((w) => w.message).join('\n'));
    }
  });

  test('every 审核问题 link points at a cell that shows the flagged text', async () => {
    const xml = await partXml(bytes, await sheetPartName(bytes, '审核问题'));
    const links = [...xml.matchAll(/<hyperlink ref="E(\d+)" location="&apos;([^&]+)&apos;!([A-Z]+\d+)"\/>/g)];
    expect(links).toHaveLength(analysis.flags.length);
    const withText = links.filter(([, row]) => book.getWorksheet('审核问题')?.getCell(`F${row}`).value);
    expect(withText.length).toBeGreaterThan(100);
    for (const [, row, sheet, address] of withText) {
      const flagText = String(book.getWorksheet('审核问题')?.getCell(`F${row}`).value);
      const target = book.getWorksheet(sheet)?.getCell(address ?? '').value;
      expect(String(target)).toContain(flagText.split('\n')[0]);
    }
  });

  test('a flagged import cell is coloured by its severity and explains the flag in a note', () => {
    const flags = book.getWorksheet('审核问题');
    const severityFill: Record<string, string> = { 严重: 'FFFFC7CE', 警告: 'FFFFEB9C', 提示: 'FFDDEBF7' };
    let checked = 0;
    flags?.eachRow((row, r) => {
      const link = plan.sheets.find((s) => s.name === '审核问题')?.rows[r - 1]?.[4];
      if (r === 1 || link?.kind !== 'link') return;
      const target = book.getWorksheet(link.sheet)?.getCell(link.target.row + 1, link.target.column + 1);
      const fill = target?.fill?.type === 'pattern' ? target.fill.fgColor?.argb : undefined;
      const severities = Object.entries(severityFill).filter(([, argb]) => argb === fill).map(([label]) => label);
      expect(severities).toHaveLength(1);
      expect(typeof target?.note === 'string' ? target.note : '').toContain(String(row.getCell(7).value));
      checked++;
    });
    expect(checked).toBe(analysis.flags.length);
  });

  test('the 单位名录 sheet read back gives the same directory', async () => {
    const rows = await readDirectoryRows(bytes);
    if (!rows.ok) throw new Error(rows.error.message);
    const directory = directoryFromRows(rows.value);
    expect(directory).toEqual({ ok: true, value: analysis.directory, warnings: [] });
  });

  test('the 单位名录 sheet writes 统称 for collective names, and one whose clerk (or an older version) wrote 群体 reads the same', async () => {
    const edited = await loadWorkbook(bytes);
    const sheet = edited.getWorksheet('单位名录');
    if (!sheet) throw new Error('no 单位名录');
    const kinds: string[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      kinds.push(String(row.getCell(3).value));
      if (row.getCell(3).value === '统称') row.getCell(3).value = '群体';
    });
    expect(kinds).toContain('统称');
    expect(kinds).not.toContain('群体');
    const rows = await readDirectoryRows(new Uint8Array(await edited.xlsx.writeBuffer()));
    if (!rows.ok) throw new Error(rows.error.message);
    expect(directoryFromRows(rows.value)).toEqual({ ok: true, value: analysis.directory, warnings: [] });
  });

  test('per-bureau workbooks go to every bureau with a task, each file name different', async () => {
    const bureaus = planBureauWorkbooks(analysis);
    const withTasks = analysis.byUnit.filter((u) => u.kind === 'bureau' && u.lead.length + u.support.length + u.viaGroup.length > 0);
    expect(bureaus).toHaveLength(withTasks.length);
    expect(new Set(bureaus.map((b) => b.fileName.toLowerCase())).size).toBe(bureaus.length);
    const [first] = bureaus;
    if (!first) throw new Error('no bureau');
    const read = await loadWorkbook(await renderXlsx(first.plan));
    expect(readValues(read, first.plan)).toEqual(cellValues(first.plan));
  });
});
