// Every table row becomes a Task: its heading filled down, its responsibility cells as written,
// and the units parsed from them, resolved against the directory.
// The pipeline: directory = given ?? buildDirectory(docs).directory; buildTasks(docs, {directory, …}).

import type { ColumnRole, RawTable, SourceDocument } from '../tables/raw-table';
import type { UnitDirectory, UnitMention } from '../units/unit';
import { withoutHeads } from '../units/unit-heads';
import type { ResponsibilityCell, Task } from './task';
import { cellMentions } from '../units/cell-mentions';
import { indexDirectory } from '../units/directory-index';
import { documentLevel } from '../units/document-level';
import { isResponsibilityRole } from '../units/roles';
import { writtenNames } from '../units/written-names';
import { fillHeadings, HEADING_SEPARATOR } from './headings';
import { mergedTexts } from './merged-cells';
import { sectionsOf } from './section-rows';

export interface BuildTasksOptions {
  directory: UnitDirectory;
  /** 「列第一位的为牵头单位」: the first unit listed in a 责任单位 cell leads. */
  firstListedLeads: boolean;
}

/** The columns of a table that have `role` (a table rarely has two of them). */
function columnsWith(table: RawTable, role: ColumnRole): number[] {
  return table.columns.flatMap((c, i) => (c.role === role ? [i] : []));
}

function textOf(texts: string[], columns: number[]): string {
  return columns.length === 1 ? texts[columns[0]] : columns.map((c) => texts[c]).filter((t) => t !== '').join('\n');
}

/** With a lead written in a 牵头单位 column, a 责任单位 cell beside it lists supporters: the
 *  first-listed convention applies only when the task names no lead anywhere. That cell naming the
 *  lead again (a project's 业主单位, a 主体责任单位 that is the 牵头 bureau itself) lists it once more,
 *  not as its own supporter: the repeat is dropped. A 配合单位 column naming the lead is kept, for the
 *  audit's lead-and-support. */
function leadColumnFirst(units: UnitMention[], listColumns: ReadonlySet<number>): UnitMention[] {
  const leads = new Set(units.filter((m) => m.role === 'lead' && m.roleSource === 'column').map((m) => m.canonical));
  if (leads.size === 0) return units;
  return units
    .filter((m) => !(listColumns.has(m.column) && leads.has(m.canonical)))
    .map((m) => (m.roleSource === 'first-listed' && m.role === 'lead' ? { ...m, role: 'support' } : m));
}

export function buildTasks(documents: SourceDocument[], options: BuildTasksOptions): Task[] {
  const index = indexDirectory(options.directory);
  // Tables repeat the same cells many times (「县安委会各成员单位，各乡镇（街道）」): parse each once
  // per level, since a bare name means another government's body in a document of another level.
  const parsed = new Map<string, UnitMention[]>();
  const mentionsOf = (cell: ResponsibilityCell, level: string): UnitMention[] => {
    const key = `${level}\u0000${cell.role}\u0000${cell.text}`;
    let mentions = parsed.get(key);
    if (!mentions) {
      mentions = cellMentions({ text: cell.text, column: 0, role: cell.role }, { index, firstListedLeads: options.firstListedLeads, level });
      parsed.set(key, mentions);
    }
    return mentions.map((m) => ({ ...m, column: cell.column }));
  };

  return documents.flatMap((document, d) => {
    const level = documentLevel(writtenNames(document));
    return document.tables.flatMap((table, t) => {
      const texts = mergedTexts(table);
      const headings = fillHeadings(table, texts, document.format);
      const sections = sectionsOf(table, texts);
      const [seq, content, deadline, note] = (['seq', 'content', 'deadline', 'note'] as const).map((role) => columnsWith(table, role));
      const responsibilityColumns = table.columns.flatMap((column, c) => (isResponsibilityRole(column.role) ? [{ column: c, role: column.role }] : []));
      const listColumns = new Set(responsibilityColumns.filter(({ role }) => role === 'units').map(({ column }) => column));
      return table.rows.flatMap((row, r): Task[] => {
        const section = sections[r];
        if (section === null) return [];
        const responsibility = responsibilityColumns.map(({ column, role }): ResponsibilityCell => ({
          column,
          role,
          text: withoutHeads(table.columns[column].label, texts[r][column]),
          ...(row.cells[column].written !== undefined && { written: row.cells[column].written }),
          merged: row.cells[column].merge === 'above',
        }));
        const heading = [section, headings[r].text].filter((t) => t !== '').join(HEADING_SEPARATOR);
        return [{
          document: d,
          table: t,
          row: r,
          source: document.source,
          tableTitle: table.title,
          seq: textOf(texts[r], seq),
          heading,
          headingFilled: headings[r].filled || section !== '',
          content: textOf(texts[r], content),
          deadline: textOf(texts[r], deadline),
          note: textOf(texts[r], note),
          responsibility,
          units: leadColumnFirst(
            responsibility.flatMap((cell) =>
              table.columns[cell.column].inherited ? mentionsOf(cell, level).map((m) => ({ ...m, roleSource: 'inherited' as const })) : mentionsOf(cell, level),
            ),
            listColumns,
          ),
        }];
      });
    });
  });
}
