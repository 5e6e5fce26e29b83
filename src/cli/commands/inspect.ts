// `inspect FILE… [--json]`: the tables read from each file, as the design's JSON contract or as a
// short readable summary. Exit 1 when any file could not be read or yields no task (the others are
// still shown, and a document with no task is shown with its reader's warnings).

import type { RawRow, RawTable, SourceDocument } from '../../core/tables/raw-table';
import { parseCommandArgs } from '../arguments';
import { EXIT_BAD_INPUT, EXIT_OK } from '../command';
import { readSourceFiles } from '../read-files';

const USAGE = '用法 / usage: npm run -s cli -- inspect FILE… [--json]';

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { documents, failed, unread } = await readSourceFiles(parsed.positionals);
  const output = parsed.values.json
    ? JSON.stringify({ documents: documents.map(documentJson) }, null, 2)
    : documents.map(summary).join('\n');
  if (output) process.stdout.write(output + '\n');
  return failed + unread > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

function documentJson(document: SourceDocument) {
  return {
    source: document.source,
    title: document.title,
    encoding: document.encoding,
    tables: document.tables.map((table) => ({
      title: table.title,
      header: table.header,
      columns: table.columns,
      rows: table.rows.map(rowJson),
    })),
    warnings: document.warnings.map(({ code, message }) => ({ code, message })),
  };
}

/** Cells as strings; a `merged` list only where the source marked merged cells (docx, HTML). */
function rowJson(row: RawRow) {
  const merged = row.cells.flatMap((cell, column) => (cell.merge ? [{ column, from: cell.merge }] : []));
  return {
    cells: row.cells.map((cell) => cell.text),
    position: row.position,
    ...(merged.length > 0 ? { merged } : {}),
  };
}

function summary(document: SourceDocument): string {
  const lines = [`${document.source}（${document.encoding}，${document.tables.length} 张表 / tables）`];
  if (document.title) lines.push(`  标题 / title：${document.title}`);
  document.tables.forEach((table, i) => lines.push(`  ${i + 1}. ${tableLine(table)}`));
  for (const { code, message } of document.warnings) lines.push(`  ! [${code}] ${message}`);
  return lines.join('\n');
}

function tableLine(table: RawTable): string {
  const columns = table.columns.map((c) => `${c.label || '（无列名）'}:${c.role}`).join(' | ');
  return `「${table.title || '（无标题）'}」${table.rows.length} 行 × ${table.columns.length} 列 — ${columns}`;
}
