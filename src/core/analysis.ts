// Everything the core knows about a set of documents, after one pass down the pipeline:
// read → tables → tasks → units → audit/pivot. The workbook plan and the UI start from this.

import type { Flag } from './audit/flag';
import type { Coverage, ResponsibilityMatrix, UnitLoad } from './pivot/unit-load';
import type { SourceDocument } from './tables/raw-table';
import type { Task } from './tasks/task';
import type { DirectoryEdits } from './units/directory-edits';
import type { AliasProposal, UnitDirectory } from './units/unit';

export interface AnalysisOptions {
  /** The clerk's directory; when absent one is built from the documents and `unknown-unit` is not checked. */
  directory?: UnitDirectory;
  /** 「列第一位的责任单位为牵头单位」: the first unit listed in a 责任单位 cell leads (a group too, never a vague reference). Default true. */
  firstListedLeads?: boolean;
  /** The clerk's decisions on the directory (pairs merged or kept apart, group members), applied to it. */
  edits?: DirectoryEdits;
}

export interface Analysis {
  documents: SourceDocument[];
  tasks: Task[];
  directory: UnitDirectory;
  /** True when the directory came from the clerk rather than from the documents. */
  directoryGiven: boolean;
  proposals: AliasProposal[];
  flags: Flag[];
  byUnit: UnitLoad[];
  matrix: ResponsibilityMatrix;
  coverage: Coverage;
}
