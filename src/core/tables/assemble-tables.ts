// Tables collected from a .docx or HTML document become RawTables: laid out on logical columns,
// kept only when a responsibility header is recognised, and joined to the table they continue
// (same header repeated after a page break, or no header at all and the same width).

import { warning, type Warning } from '../result';
import { appendRows, findHeader, type FoundHeader } from './grid-table';
import { describePosition, positionFact } from './position-text';
import type { RawTable } from './raw-table';
import { layOutSpans, type LaidRow } from './span-layout';
import type { CollectedTable } from './table-collector';

interface Made {
  table: RawTable;
  signatures: string[];
}

export function assembleTables(collected: readonly CollectedTable[]): { tables: RawTable[]; warnings: Warning[] } {
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  const made = new Map<CollectedTable, Made>();
  for (const source of collected) {
    const layout = layOutSpans(source.rows);
    const header = findHeader(layout.rows);
    const previous = source.continues && made.get(source.continues);
    let target: Made;
    if (previous && continues(previous, header, layout.rows)) target = previous;
    else if (header) {
      target = start(source, header);
      tables.push(target.table);
    } else continue;
    made.set(source, target);
    warnings.push(...appendRows(target.table, layout.rows.slice(header?.body ?? 0), target.signatures));
    if (layout.orphanMerges.length > 0) {
      const where = layout.orphanMerges.slice(0, 5).map(describePosition).join('、');
      warnings.push(
        warning('merge-mismatch', `表格「${target.table.title || '（无标题）'}」${where}有标记为与上一行合并的单元格，但上一行在该处没有单元格，合并关系可能不正确，请核对。`, {
          title: target.table.title,
          places: layout.orphanMerges.slice(0, 5).map(positionFact),
        }),
      );
    }
  }
  return { tables, warnings };
}

/** The same header repeated, or no header and the same width. */
function continues(previous: Made, header: FoundHeader | undefined, rows: readonly LaidRow[]): boolean {
  if (header) return header.signatures[0] === previous.signatures[0];
  return rows.length > 0 && rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0) === previous.table.columns.length;
}

function start(source: CollectedTable, header: FoundHeader): Made {
  return {
    table: { title: source.title, header: header.header, columns: header.columns, rows: [], position: source.position },
    signatures: header.signatures,
  };
}
