// Round trip: any table rendered into the Word text-export layout reads back to the same cells.

import fc from 'fast-check';
import { readTextExportTables } from '../../../src/core/tables/text-export-layout';
import type { ColumnRole } from '../../../src/core/tables/raw-table';

interface Cell {
  paragraphs: string[];
  /** For each further paragraph: is there a blank line before it (seed 004's 「2025年」, blank, 「2026年」)? */
  blankBefore: boolean[];
}

interface Table {
  title: string;
  blanksAfterTitle: number;
  labels: string[];
  roles: ColumnRole[];
  rows: Cell[][];
}

// Cell text never reads as header vocabulary, so no data row can pass for a header.
const paragraph = fc
  .string({ unit: fc.constantFrom(...'甲乙丙丁县局镇街（）、，。：12 ab\t'), minLength: 1, maxLength: 10 })
  .map((text) => text.trim())
  .filter((text) => text !== '');

/** A heading line such as 「一、核心绩效指标」: short, not ending like a sentence. */
const heading = fc.string({ unit: fc.constantFrom(...'甲乙丙县局镇街12'), minLength: 1, maxLength: 8 }).map((text) => `一、${text}`);

const cell: fc.Arbitrary<Cell> = fc
  .array(paragraph, { maxLength: 3 })
  .chain((paragraphs) =>
    fc.array(fc.boolean(), { minLength: Math.max(0, paragraphs.length - 1), maxLength: Math.max(0, paragraphs.length - 1) }).map((blankBefore) => ({
      paragraphs,
      blankBefore,
    })),
  );

const HEADER_WORDS: ReadonlyArray<readonly [string, ColumnRole]> = [
  ['序号', 'seq'],
  ['名称', 'group'],
  ['目标', 'content'],
  ['完成时间', 'deadline'],
  ['牵头单位', 'lead'],
  ['配合单位', 'support'],
  ['责任单位', 'units'],
  ['备注', 'note'],
];

const plainHeader = fc
  .subarray([...HEADER_WORDS], { minLength: 2 })
  .filter((words) => words.some(([, role]) => role === 'units' || role === 'lead' || role === 'support'))
  .map((words) => ({ labels: words.map(([label]) => label), roles: words.map(([, role]) => role) }));

// Seed 004's header: 「重点任务」 covers the task heading and its content.
const wideHeader = fc.constant<Pick<Table, 'labels' | 'roles'>>({
  labels: ['行动名称', '重点任务', '完成时间', '责任单位'],
  roles: ['group', 'group', 'content', 'deadline', 'units'],
});

const table: fc.Arbitrary<Table> = fc
  .record({
    header: fc.oneof(plainHeader, wideHeader),
    title: fc.oneof(fc.constant(''), heading),
    blanksAfterTitle: fc.nat(2),
  })
  .chain(({ header, title, blanksAfterTitle }) =>
    fc.array(fc.array(cell, { minLength: header.roles.length, maxLength: header.roles.length }), { minLength: 1, maxLength: 6 }).map((rows) => ({
      title,
      blanksAfterTitle,
      ...header,
      rows,
    })),
  );

/** Lays tables out as Word's text export does; `dropFinalEmpty` drops a file's last empty cell, as Word does. */
function render(tables: Table[], dropFinalEmpty: boolean): string {
  const lines: string[] = ['正文。'];
  for (const t of tables) {
    lines.push('');
    if (t.title) lines.push(t.title, ...Array<string>(t.blanksAfterTitle).fill(''));
    lines.push(...t.labels.map((label) => `\t${label}`), '');
    for (const row of t.rows) {
      row.forEach((c, column) => {
        const [first = '', ...rest] = c.paragraphs;
        lines.push(`\t${first}`);
        rest.forEach((text, k) => {
          // A blank line inside the row's last cell would read as the end of the table, so only earlier cells get one.
          if (c.blankBefore[k] && column < row.length - 1) lines.push('');
          lines.push(text);
        });
      });
      lines.push('');
    }
  }
  const last = tables[tables.length - 1];
  const lastRow = last.rows[last.rows.length - 1];
  // Two layouts the reader cannot tell apart, so they are not generated: a lone row one cell short
  // under a header one label short (a plain table), and a paragraph after a blank line at the very
  // end of the file (text after the table, such as 「抄送：…」).
  const ambiguous =
    (last.rows.length === 1 && last.roles.length > last.labels.length) || lastRow[lastRow.length - 2].blankBefore.includes(true);
  if (dropFinalEmpty && !ambiguous && lastRow[lastRow.length - 1].paragraphs.length === 0) {
    while (lines.at(-1) !== '\t') lines.pop();
    lines.pop();
  }
  return lines.join('\n');
}

describe('readTextExportTables on rendered tables', () => {
  it('reads back every table’s title, header, roles and cells', () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 3 }), fc.boolean(), (tables, dropFinalEmpty) => {
        const result = readTextExportTables(render(tables, dropFinalEmpty));
        if (!result.ok) return false;
        const spans = tables.map((t) => t.roles.length - t.labels.length);
        expect(result.warnings.map((w) => w.code)).toEqual(spans.filter((extra) => extra > 0).map(() => 'header-span'));
        expect(
          result.value.map((t) => ({ title: t.title, header: t.header, roles: t.columns.map((c) => c.role), cells: t.rows.map((r) => r.cells.map((x) => x.text)) })),
        ).toEqual(
          tables.map((t, i) => ({
            // A table right after another, with no heading between, has no title of its own.
            title: i > 0 && t.title === '' ? '' : t.title,
            header: t.labels,
            roles: t.roles,
            cells: t.rows.map((row) => row.map((c) => c.paragraphs.join('\n'))),
          })),
        );
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
