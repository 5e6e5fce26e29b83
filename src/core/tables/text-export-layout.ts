// The tables of a Word text export (the seeds' layout): a heading line, a header row found by its
// vocabulary, then data rows — one cell per tab-led line, a blank line after each row. The text
// export does not mark merged cells, so a blank 名称 cell stays blank here; the tasks layer fills it.

import { success, warning, warningAt, type Result, type Warning, type WarningWhere } from '../result';
import { textExportColumns } from './text-export-header';
import { headerAt, type HeaderRow } from './header-row';
import type { RawTable } from './raw-table';
import { readsAsHeading } from './table-heading';
import { readRows, type TextRows } from './text-export-rows';
import { readBlock, type TextLine, splitLines } from './text-lines';

/** How many more columns than header labels a table may be read with. */
const MAX_UNLABELLED = 4;

export function readTextExportTables(text: string): Result<RawTable[]> {
  const lines = splitLines(text);
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  // The heading: the last plain line if it reads as one (not a sentence), as long as only blank lines follow it.
  let title = '';
  // Inside a run of multi-cell blocks under no recognised header (reported once per run).
  let inStray = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.kind !== 'cell') {
      if (line.kind === 'text') {
        title = readsAsHeading(line.text) ? line.text.trim() : '';
        inStray = false;
      }
      i++;
      continue;
    }
    const header = headerAt(lines, i);
    if (header) {
      const read = readTable(lines, header, title);
      tables.push(read.table);
      warnings.push(...read.warnings);
      i = read.end;
    } else {
      const block = readBlock(lines, i);
      if (block.cells.length >= 2 && !inStray) {
        warnings.push(
          warning(
            'table-without-header',
            `第 ${block.line} 行起像是一张表格，但没有认出表头（需要「责任单位」「牵头单位」或「配合单位」等列名），未读取。`,
            { line: block.line },
          ),
        );
      }
      inStray = block.cells.length >= 2;
      i = block.end;
    }
    title = '';
  }
  return success(tables, warnings);
}

function readTable(lines: TextLine[], header: HeaderRow, title: string): { table: RawTable; end: number; warnings: Warning[] } {
  const line = header.block.line;
  const where = { line, text: title ? `第 ${line} 行的表格「${title}」` : `第 ${line} 行的表格` };
  const { width, body } = bestFit(lines, header, where);
  const { columns, warnings } = textExportColumns(header.labels, header.roles, width, where);
  if (body.rows.length === 0) {
    body.warnings.push(warningAt('empty-table', where, '只有表头，没有数据行。'));
  }
  return {
    table: { title, header: header.labels, columns, rows: body.rows, position: { kind: 'line', line } },
    end: body.end,
    warnings: [...warnings, ...body.warnings],
  };
}

/**
 * The rows, read at the width that fits them best. Blank lines inside cells make a row's blocks
 * unequal, so widths from the header's label count up to MAX_UNLABELLED more are tried: the one
 * with the fewest ragged rows wins (then the one reading further, then the narrower). Two or more
 * rows that fit exactly settle it at once. A header short of more labels than that is not guessed
 * at: its rows are reported as ragged.
 */
function bestFit(lines: TextLine[], header: HeaderRow, where: WarningWhere): { width: number; body: TextRows } {
  const labels = header.labels.length;
  const fit = (width: number) => ({ width, body: readRows(lines, header.block.end, width, where) });
  const exact = ({ body }: { body: TextRows }) => body.warnings.length === 0 && body.rows.length >= 2;
  let best = fit(labels);
  for (let width = labels + 1; width <= labels + MAX_UNLABELLED && !exact(best); width++) {
    const next = fit(width);
    const ragged = next.body.warnings.length - best.body.warnings.length;
    if (ragged < 0 || (ragged === 0 && next.body.end > best.body.end)) best = next;
  }
  return best;
}
