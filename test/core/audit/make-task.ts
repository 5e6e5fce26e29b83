// Small inline inputs for the audit and pivot tests: a mention, a task, a text-export document.

import type { AuditInput } from '../../../src/core/audit/rule';
import type { ColumnRole, RawTable, SourceDocument } from '../../../src/core/tables/raw-table';
import type { ResponsibilityCell, Task } from '../../../src/core/tasks/task';
import type { UnitMention } from '../../../src/core/units/unit';

/** A concrete bureau in the 责任单位 column (3), supporting under the first-listed convention. */
export function mention(written: string, over: Partial<UnitMention> = {}): UnitMention {
  return {
    written,
    canonical: written,
    kind: 'bureau',
    role: 'support',
    roleSource: 'first-listed',
    column: 3,
    openEnded: false,
    known: true,
    ...over,
  };
}

/** A task of document 0, table 0; its responsibility cells are made from its mentions unless given. */
export function task(over: Partial<Task> = {}): Task {
  const units = over.units ?? [];
  return {
    document: 0,
    table: 0,
    row: 0,
    source: 'plan.txt',
    tableTitle: '三、重点措施',
    seq: '1',
    heading: '',
    headingFilled: false,
    content: '',
    deadline: '',
    note: '',
    responsibility: over.responsibility ?? cellsOf(units),
    ...over,
    units,
  };
}

function cellsOf(units: UnitMention[]): ResponsibilityCell[] {
  const columns = [...new Set(units.map((m) => m.column))];
  return columns.map((column) => ({
    column,
    role: 'units',
    text: units
      .filter((m) => m.column === column)
      .map((m) => m.written)
      .join('、'),
    merged: false,
  }));
}

/** A text-export document with one table: header labels with their roles, then rows of cell texts. */
export function textDocument(columns: Array<[string, ColumnRole]>, rows: string[][], title = '三、重点措施'): SourceDocument {
  const table: RawTable = {
    title,
    header: columns.map(([label]) => label),
    columns: columns.map(([label, role]) => ({ label, role })),
    rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text })), position: { kind: 'line', line: 10 + 5 * i } })),
    position: { kind: 'line', line: 1 },
  };
  return { source: 'plan.txt', format: 'text', encoding: 'utf-8', tables: [table], warnings: [] };
}

export function auditInput(tasks: Task[], over: Partial<AuditInput> = {}): AuditInput {
  return { documents: [], tasks, directory: { entries: [] }, directoryGiven: false, ...over };
}
