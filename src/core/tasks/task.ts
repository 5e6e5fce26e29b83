// One row of a responsibility table, with its heading filled down and its units parsed.

import type { UnitMention } from '../units/unit';

/** A responsibility cell as written: a 责任单位, 牵头单位 or 配合单位 column. */
export interface ResponsibilityCell {
  column: number;
  role: 'units' | 'lead' | 'support';
  text: string;
  /** The cell as the document wrote it, where that differs from what was read (Traditional script). */
  written?: string;
  /** The source merged it into the cell above (docx/HTML); its text is then the filled-down text. */
  merged: boolean;
}

export interface Task {
  /** Indexes into `inspect`'s output: documents[document].tables[table].rows[row]. */
  document: number;
  table: number;
  row: number;
  source: string;
  tableTitle: string;
  seq: string;
  /** The task heading (名称/行动名称/重点任务); several heading columns are joined with ' / '. */
  heading: string;
  /** True when the heading came from a row above (a merged or blank 名称 cell). */
  headingFilled: boolean;
  content: string;
  deadline: string;
  note: string;
  responsibility: ResponsibilityCell[];
  units: UnitMention[];
}
