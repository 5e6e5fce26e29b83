// A bureau's returned workbook as the core sees it: the text of its sheets (read by src/xlsx/), or
// why it could not be opened. Reading its rows back by the labels of the sheet that went out.

import type { Warning } from '../result';
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
  refused: Warning;
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
        answer: { status: get(COLUMN.status), progress: get(COLUMN.progress), doneOn: dayText(get(COLUMN.doneOn)), evidence: get(COLUMN.evidence) },
      });
    });
  }
  if (returnable) return { kind: 'rows', rows };
  if (file.sheets.some((sheet) => findHeader(sheet.cells, FILL_IN))) return { kind: 'key-deleted' };
  return { kind: 'not-ours' };
}

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * A 完成日期 as an ISO day where it reads as one: a date cell, a day number left by a cell formatted
 * as a number (45828), or 「2025/6/20」「2025年6月20日」「2025.6.20」; anything else kept as written.
 */
export function dayText(text: string): string {
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial > 36526 && serial < 73051) return new Date((serial - EXCEL_EPOCH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  }
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return text;
  const [, year = '', month = '', day = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso ? text : iso;
}
