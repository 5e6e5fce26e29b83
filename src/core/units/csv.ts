// RFC 4180 CSV, as Excel and WPS write it: quoted fields may hold commas, quotes ("") and line
// breaks; lines end with CRLF or LF; a UTF-8 BOM at the start is ignored. Each record keeps the
// line it starts on, so that problems can be reported by line number.

import { warning, type Warning } from '../result';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export function parseCsv(text: string): { records: CsvRecord[]; problems: Warning[] } {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  const problems: Warning[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      start = line;
    } else {
      field += char;
    }
  }
  if (quoted) problems.push(warning('csv-unclosed-quote', `第 ${start} 行：引号没有闭合，该行之后的内容都被读进了同一格，请检查。`, { line: start }));
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return { records, problems };
}
