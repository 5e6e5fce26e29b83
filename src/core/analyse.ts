// The one pass down the pipeline that the CLI, the workbook and the task pane all call: the tables
// already read → tasks with their units → audit and pivot. Pure: documents in, Analysis out.

import type { Analysis, AnalysisOptions } from './analysis';
import { audit } from './audit/index';
import { unitLoads } from './pivot/by-unit';
import { coverageOf } from './pivot/coverage';
import { responsibilityMatrix } from './pivot/matrix';
import type { SourceDocument } from './tables/raw-table';
import { buildTasks } from './tasks/build-tasks';
import { buildDirectory } from './units/build-directory';
import { applyEdits, NO_EDITS, openProposals } from './units/directory-edits';

export function analyse(documents: SourceDocument[], options: AnalysisOptions = {}): Analysis {
  const directoryGiven = options.directory !== undefined;
  // The clerk's directory is the authority; only without one are names gathered (and pairs proposed).
  const built = options.directory ? { directory: options.directory, proposals: [] } : buildDirectory(documents);
  const edits = options.edits ?? NO_EDITS;
  const directory = applyEdits(built.directory, edits);
  const proposals = openProposals(built.proposals, edits);
  const tasks = buildTasks(documents, { directory, firstListedLeads: options.firstListedLeads ?? true });
  const byUnit = unitLoads(tasks, directory);
  return {
    documents,
    tasks,
    directory,
    directoryGiven,
    proposals,
    flags: audit({ documents, tasks, directory, directoryGiven }),
    byUnit,
    matrix: responsibilityMatrix(tasks, byUnit),
    coverage: coverageOf(tasks, directory, byUnit),
  };
}
