// A bureau's returned workbook as the core sees it: the text of its sheets (read by src/xlsx/), or
// why it could not be opened. Reading its rows back by the labels of the sheet that went out.

import type { Answer } from './answer';
import { COLUMN, findHeader, type ColumnLabel } from './columns';
import { readProgress } from './progress';

export interface ReturnedFile {
  fileName: string;
  /** When the file was last saved, 「2025-07-01 09:30」 (China time), '' when it does not say. */
  modified: string;
  sheets: Array<{ name: string; cells: string[][] }>;
}

/** A file that could not be opened at all (not .xlsx, password-protected, damaged). */
export interface RefusedFile {
  fileName: string;
  refused: string;
}

export interface ReturnedRow {
  /** 1-based row of its sheet, as the clerk would look for it. */
  line: number;
  sheet: string;
  key: string;
  unit: string;
  /** The task text as it came back, undefined when the sheet has no 内容 column. */
  content?: string;
  answer: Answer;
}

export type ReturnedRows =
  | { kind: 'rows'; rows: ReturnedRow[] }
  /** Looks like one of ours (fill-in columns) but its key or unit column is gone. */
  | { kind: 'key-deleted' }
  | { kind: 'combined' }
  | { kind: 'not-ours' };

const RETURNABLE: readonly ColumnLabel[] = [COLUMN.key, COLUMN.sentTo, COLUMN.status, COLUMN.progress];
const FILL_IN: readonly ColumnLabel[] = [COLUMN.status, COLUMN.progress];

export function returnedRows(file: ReturnedFile): ReturnedRows {
  // The combined workbook also holds 任务-单位 sheets; its ledger tells it apart from a return.
  if (file.sheets.some((sheet) => readProgress(sheet.cells))) return { kind: 'combined' };
  const rows: ReturnedRow[] = [];
  let returnable = false;
  for (const sheet of file.sheets) {
    const header = findHeader(sheet.cells, RETURNABLE);
    if (!header) continue;
    returnable = true;
    const hasContent = header.at(COLUMN.content) >= 0;
    sheet.cells.slice(header.row + 1).forEach((line, i) => {
      const get = (label: ColumnLabel) => {
        const at = header.at(label);
        return at < 0 ? '' : (line[at] ?? '').trim();
      };
      if (line.every((cell) => cell.trim() === '')) return;
      rows.push({
        line: header.row + i + 2,
        sheet: sheet.name,
        key: get(COLUMN.key),
        unit: get(COLUMN.sentTo),
        ...(hasContent ? { content: get(COLUMN.content) } : {}),
        answer: { status: get(COLUMN.status), progress: get(COLUMN.progress), doneOn: get(COLUMN.doneOn), evidence: get(COLUMN.evidence) },
      });
    });
  }
  if (returnable) return { kind: 'rows', rows };
  if (file.sheets.some((sheet) => findHeader(sheet.cells, FILL_IN))) return { kind: 'key-deleted' };
  return { kind: 'not-ours' };
}
