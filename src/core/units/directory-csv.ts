// The directory read from a CSV file (UTF-8, BOM tolerated), through the same rows as an Excel sheet.

import { andThen, success, type Result } from '../result';
import type { UnitDirectory } from './unit';
import { parseCsv } from './csv';
import { directoryFromRows } from './directory-rows';

export function directoryFromCsv(text: string): Result<UnitDirectory> {
  const { records, problems } = parseCsv(text);
  return andThen(success(null, problems), () =>
    directoryFromRows(
      records.map((r) => r.fields),
      records.map((r) => r.line),
    ),
  );
}
