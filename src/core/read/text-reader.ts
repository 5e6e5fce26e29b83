// A plain-text source: decode the bytes (a Traditional-script text read in Simplified), then try each
// text layout in turn and take the first that finds a table, unless a reader that recovers tables by
// structure (cells lost in the copy) assigns more rows; with no table, tasks assigned in the body text
// (〔X牵头〕, 「牵头单位：」 lines). When none does, say whether the document named an appendix that is missing.
// What the reader noticed travels in the SourceDocument's own `warnings`, once.

import { andThen, failure, success, type Result, type Warning } from '../result';
import { readBodyAssignments } from '../tables/body-assignments';
import { lostTableWarning } from '../tables/lost-table';
import { missingTableWarning } from '../tables/missing-table';
import type { SourceDocument } from '../tables/raw-table';
import type { TextTableLayout } from '../tables/table-layout';
import { readBoxTables } from '../tables/box-drawing-layout';
import { readCellPerLineTables } from '../tables/cell-per-line-layout';
import { readDelimitedTables } from '../tables/delimited-layout';
import { readAnchoredTables } from '../tables/anchored-rows';
import { readBarRowTables } from '../tables/bar-rows';
import { readPaddedRowTables } from '../tables/padded-rows';
import { assignedRows } from '../tables/assigned-rows';
import { readTextExportTables } from '../tables/text-export-layout';
import { decodeText, type DecodedText } from './decode';
import { documentDate } from './document-date';
import { documentTitle } from './document-title';
import { traditionalWarning, withWrittenCells } from './traditional';
import { simplified } from '../text/script';

/** In order of preference: a table drawn with box-drawing characters, Word's one-cell-per-line export, then a
 *  row per line with tab or 「|」 between cells, then a web page's one cell per line closed by 「|」 — the
 *  copy that pads each row with bars at its end first, since read with its bars in place it misleads. */
const LAYOUTS: readonly TextTableLayout[] = [readBoxTables, readTextExportTables, readDelimitedTables, readPaddedRowTables, readCellPerLineTables];
/** Readers of tables whose cell boundaries the copy lost, recovered by structure: used where they assign more rows. */
const RECOVERIES: readonly TextTableLayout[] = [readAnchoredTables, readBarRowTables];

export function readTextDocument(source: string, bytes: Uint8Array): Result<SourceDocument> {
  return andThen(decodeText(bytes), ({ text: decoded, encoding }: DecodedText): Result<SourceDocument> => {
    if (decoded.trim() === '') return failure('empty', '文件里没有文字内容（空文件）。');
    // A Traditional-script copy is read in Simplified; each cell keeps the words as written.
    const { text, traditional } = simplified(decoded);
    const lines = text.split('\n');
    const title = documentTitle(lines);
    const date = documentDate(lines);
    const document = (tables: SourceDocument['tables'], warnings: Warning[]): Result<SourceDocument> =>
      success({
        source,
        title,
        ...(date && { date }),
        format: 'text',
        encoding,
        tables: traditional ? withWrittenCells(tables, text, decoded) : tables,
        warnings: traditional ? [traditionalWarning, ...warnings] : warnings,
      });
    const passed: Warning[] = [];
    let best: Result<SourceDocument['tables']> | undefined;
    for (const layout of LAYOUTS) {
      const found = layout(text);
      if (found.ok && found.value.length > 0) {
        best = found;
        break;
      }
      passed.push(...found.warnings);
    }
    // A copy that lost its cell boundaries can still look like a layout: keep the reading that assigns more rows.
    for (const recovered of RECOVERIES.map((read) => read(text))) {
      if (recovered.ok && assignedRows(recovered.value) > (best?.ok ? assignedRows(best.value) : 0)) best = recovered;
    }
    if (best?.ok) return document(best.value, best.warnings);
    // Only a plan with no table assigns in its body: reading it there too would count tasks twice.
    const body = readBodyAssignments(lines);
    if (body.ok && body.value.length > 0) return document(body.value, [...passed, ...body.warnings]);
    const lost = lostTableWarning(text);
    return document([], [...passed, ...(lost ? [lost] : []), missingTableWarning(text)]);
  });
}
