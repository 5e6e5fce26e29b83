// Helpers the rules share: addressing a flag to one responsibility cell, and quoting names in messages.

import type { Task } from '../tasks/task';
import type { UnitMention } from '../units/unit';
import type { Flag } from './flag';
import { groupBy } from './group-by';

export type FlagFinding = Pick<Flag, 'code' | 'severity' | 'units' | 'message' | 'suggestion' | 'args'>;

/** A flag on the responsibility cell of `task` in `column`, carrying the cell's text as written.
 *  Built field by field, in Flag's order, so that every flag has one shape (audits make thousands). */
export function cellFlag(task: Task, column: number, finding: FlagFinding): Flag {
  const cell = task.responsibility.find((c) => c.column === column);
  return {
    code: finding.code,
    severity: finding.severity,
    document: task.document,
    table: task.table,
    row: task.row,
    column,
    text: cell?.text ?? '',
    units: finding.units,
    message: finding.message,
    suggestion: finding.suggestion,
    args: finding.args,
  };
}

/** The task's mentions, cell by cell, in column order. */
export function mentionsByColumn(task: Task): Map<number, UnitMention[]> {
  return groupBy([...task.units].sort((a, b) => a.column - b.column), (m) => m.column);
}

export function quote(text: string): string {
  return `「${text}」`;
}

/** 「甲」、「乙」: each name once, in the order first seen. */
export function quoteAll(texts: string[]): string {
  return [...new Set(texts)].map(quote).join('、');
}

/** One flag per responsibility cell that holds at least one mention `pick` accepts: the shape of the
 *  rules that judge names one by one (open-ended, vague-unit, unknown-unit). */
export function flagEachCell(
  tasks: Task[],
  pick: (mention: UnitMention) => boolean,
  describe: (picked: UnitMention[], task: Task) => FlagFinding,
): Flag[] {
  const flags: Flag[] = [];
  for (const task of tasks) {
    if (!task.units.some(pick)) continue;
    for (const [column, mentions] of mentionsByColumn(task)) {
      const picked = mentions.filter(pick);
      if (picked.length > 0) flags.push(cellFlag(task, column, describe(picked, task)));
    }
  }
  return flags;
}
