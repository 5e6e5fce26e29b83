// A .docx or HTML document's tables; with none, the tasks its body paragraphs assign (〔X牵头〕,
// 「牵头单位：」 lines), positioned by paragraph; with neither, why no table was found.

import type { Warning } from '../result';
import { readBodyAssignments } from '../tables/body-assignments';
import { missingTableWarning } from '../tables/missing-table';
import type { RawTable } from '../tables/raw-table';

export function tablesOrBodyTasks(tables: RawTable[], paragraphs: readonly string[]): { tables: RawTable[]; warnings: Warning[] } {
  if (tables.length > 0) return { tables, warnings: [] };
  const body = readBodyAssignments(paragraphs, (index) => ({ kind: 'paragraph', paragraph: index + 1 }));
  if (body.ok && body.value.length > 0) return { tables: body.value, warnings: body.warnings };
  return { tables: [], warnings: [missingTableWarning(paragraphs.join('\n'))] };
}
