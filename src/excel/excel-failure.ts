// What Excel said when a request failed, as plain data. Office.js puts one of Excel.ErrorCodes in
// `code` (never localised) and a summary meant for the developer in `message`; the pane turns the
// code into advice (src/taskpane/excel-errors.ts) and keeps the message for 「详细信息」. Our own
// refusals (a protected sheet, a name taken) are Errors without a code, already in the clerk's words.

export interface ExcelFailure {
  code?: string;
  message: string;
}

export function excelFailure(error: unknown): ExcelFailure {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? { code, message } : { message };
}
