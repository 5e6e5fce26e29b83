// Excel's failures in the clerk's words: Office's error code (never localised) picks the advice in
// excel-error-strings.ts; Excel's own message, meant for developers, goes under 「详细信息」 only. A failure
// without a code is one of ours, already written for the clerk, and is shown as it is.

import { excelFailure, type ExcelFailure } from '../excel/excel-failure';
import type { PaneOutcome } from './pane-state';
import { EXCEL_ERRORS } from './excel-error-strings';
import { internalError } from './run-end';
import { inChinese } from './strings';

/** Codes Excel.ErrorCodes gives for one situation under two names. */
const SAME_AS: Record<string, string> = { ApiNotAvailable: 'ApiNotFound', NotImplemented: 'UnsupportedOperation', UnsupportedFeature: 'UnsupportedOperation' };

/** The texts of this file in the pane's language. */
export function excelText(): (typeof EXCEL_ERRORS)['zh'] {
  return inChinese() ? EXCEL_ERRORS.zh : EXCEL_ERRORS.en;
}

export interface ExcelProblem {
  /** What happened and what to do, in the pane's language. */
  advice: string;
  /** Excel's own text, for 「详细信息」; none for our own messages. */
  details: string[];
}

export function excelProblem(error: unknown | ExcelFailure): ExcelProblem {
  const failure = isFailure(error) ? error : excelFailure(error);
  if (!failure.code) return { advice: failure.message, details: [] };
  const text = excelText();
  const advice = text.errors[SAME_AS[failure.code] ?? failure.code] ?? text.unknown;
  return { advice, details: [failure.message.startsWith(failure.code) ? failure.message : `${failure.code}: ${failure.message}`] };
}

/** An action that failed in Excel: the title, the advice (and any further lines), Excel's text under 详细信息. */
export function failedInExcel(title: string, error: unknown, lines: string[] = []): PaneOutcome {
  const problem = excelProblem(error);
  return { kind: 'failed', title, lines: [problem.advice, ...lines], warnings: [], ...(problem.details.length > 0 ? { details: problem.details } : {}) };
}

/** An action that threw: Excel's failure in the clerk's words, anything else as an internal error. */
export function thrownOutcome(error: unknown): PaneOutcome {
  return excelFailure(error).code ? failedInExcel(excelText().failed, error) : internalError(error);
}

function isFailure(value: unknown): value is ExcelFailure {
  return typeof value === 'object' && value !== null && !(value instanceof Error) && typeof (value as ExcelFailure).message === 'string';
}
