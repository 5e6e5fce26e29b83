// What the pivot gives: per unit, its tasks as lead and as support; the tasks × units matrix;
// and coverage. Plain data, so that the workbook plan and the UI can show it without recomputing.

import type { UnitKind } from '../units/unit';

/** Points at one task: indexes into `inspect`'s output. */
export interface TaskRef {
  document: number;
  table: number;
  row: number;
}

export interface TableCount {
  document: number;
  table: number;
  title: string;
  lead: number;
  support: number;
  viaGroup: number;
}

export interface UnitLoad {
  canonical: string;
  kind: UnitKind;
  /** Every way the unit is written in the documents, as written. */
  writtenForms: string[];
  lead: TaskRef[];
  support: TaskRef[];
  /** Tasks it carries only as a member of a group named in the cell (各镇街 → 某镇). */
  viaGroup: Array<{ task: TaskRef; group: string }>;
  perTable: TableCount[];
}

/** 「牵」 lead, 「配」 support, 「组」 through a group it belongs to, '' none. */
export type MatrixMark = '牵' | '配' | '组' | '';

export interface ResponsibilityMatrix {
  tasks: TaskRef[];
  /** Canonical names of the units across, concrete bureaus first (by load), then groups and vague references. */
  units: string[];
  /** marks[taskIndex][unitIndex] */
  marks: MatrixMark[][];
}

export interface Coverage {
  /** Tasks whose responsibility names no concrete bureau (blank, or only groups/vague references). */
  tasksWithoutBureau: TaskRef[];
  /** Bureaus of the directory that carry no task. */
  unitsWithoutTask: string[];
  /** Bureaus whose load (lead + support) is far above the others. */
  overloaded: Array<{ canonical: string; load: number; median: number }>;
}
