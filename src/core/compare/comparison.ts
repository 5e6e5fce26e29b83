// The result of comparing last year's plan (old) with this year's (new): plain data, in the shape
// of the CLI's `compare --json` (design.md), plus what the readable report and the sheet show.

import type { UnitKind } from '../units/unit';

/** One task of either side. `document`, `table`, `row` index into that side's `inspect` output. */
export interface ComparedTask {
  document: number;
  table: number;
  row: number;
  /** The task as the clerk reads it: its heading and content. */
  text: string;
  /** Canonical names (through the unit directory), in the order written, each once. */
  units: string[];
  /** The units that lead it, canonical. */
  lead: string[];
  /** For the report and the sheet: the document's file, the 序号 and the 完成时间 as written. */
  source: string;
  seq: string;
  deadline: string;
}

/** A task of last year that this year's plan still has, with something changed. */
export interface TaskChange {
  old: ComparedTask;
  new: ComparedTask;
  /** The texts differ once numbering, dates, punctuation and spacing are folded away. */
  textChanged: boolean;
  unitsGained: string[];
  unitsLost: string[];
  leadBefore: string[];
  leadAfter: string[];
  /** How alike the two texts are (1 for the same text; see match.ts). */
  similarity: number;
}

/** Per unit, what the comparison means for it: 「今年县公安局新增牵头 3 项，不再承担 1 项」. */
export interface UnitComparison {
  unit: string;
  kind: UnitKind;
  /** Tasks it carries this year and did not last year (added, or a changed task it gained), by its role this year. */
  newLead: number;
  newSupport: number;
  /** Tasks it carried last year and no longer does (removed, or a changed task it lost), by its role last year. */
  droppedLead: number;
  droppedSupport: number;
  /** Tasks it carries both years that changed: their text, its role, or the units beside it. */
  changed: number;
}

export interface Comparison {
  added: ComparedTask[];
  removed: ComparedTask[];
  changed: TaskChange[];
  unchanged: number;
  /** Units with anything new, dropped or changed; most affected first. */
  units: UnitComparison[];
  oldTasks: number;
  newTasks: number;
  /** True when fewer than FEW_MATCHES_SHARE of the smaller side found a partner: likely two unrelated plans. */
  fewMatches: boolean;
}
