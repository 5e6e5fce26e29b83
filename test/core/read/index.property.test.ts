// Whatever arrives, readDocument answers: a document or a refusal, never an exception, never a hang.

import fc from 'fast-check';
import { readDocument } from '../../../src/core/read';
import type { Result } from '../../../src/core/result';
import type { SourceDocument } from '../../../src/core/tables/raw-table';

/** A document, if any, keeps the RawTable promises: every row as wide as the columns, rows in line order. */
function wellFormed(result: Result<SourceDocument>): boolean {
  if (!result.ok) return result.error.code !== '' && /[\u4e00-\u9fff]/.test(result.error.message);
  return result.value.tables.every((table) => {
    const lines = table.rows.map((row) => (row.position.kind === 'line' ? row.position.line : -1));
    return (
      table.header.length <= table.columns.length &&
      table.rows.every((row) => row.cells.length === table.columns.length) &&
      lines.every((line, i) => line > (i === 0 ? 0 : lines[i - 1]))
    );
  });
}

// Lines a text export is made of, so random documents often hold headers, rows and continuations.
const exportLine = fc.oneof(
  fc.constantFrom('\t序号', '\t名称', '\t重点任务', '\t责任单位', '\t牵头单位', '\t备注', '\t', '', ' ', '一、标题', '附件：分工表', '2026年'),
  fc.string({ maxLength: 12 }).map((text) => `\t${text}`),
  fc.string({ maxLength: 12 }),
);

describe('readDocument on arbitrary input', () => {
  it('never throws on random bytes, and refuses or reads them cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => wellFormed(await readDocument('random.bin', bytes))),
      { numRuns: 300 },
    );
  });

  it('never throws on random text in any line layout', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.array(exportLine, { maxLength: 120 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end))),
    );
    await fc.assert(
      fc.asyncProperty(text, async (value) => wellFormed(await readDocument('random.txt', new TextEncoder().encode(value)))),
      { numRuns: 400 },
    );
  });
});
