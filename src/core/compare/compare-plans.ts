// Two sets of documents, last year's and this year's, read through one unit directory so that a
// bureau has one name on both sides (市场监管局 and 市场监督管理局 resolve alike): the clerk's
// directory when given, else one built from all the documents together.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import { buildTasks } from '../tasks/build-tasks';
import { buildDirectory } from '../units/build-directory';
import type { UnitDirectory } from '../units/unit';
import type { Comparison } from './comparison';
import { compareTasks } from './compare-tasks';

export interface ComparePlansOptions {
  directory?: UnitDirectory;
  /** 「列第一位的为牵头单位」 (default true), as for the analysis. */
  firstListedLeads?: boolean;
}

export interface ComparedPlans {
  comparison: Comparison;
  oldTasks: Task[];
  newTasks: Task[];
  directory: UnitDirectory;
}

export function comparePlans(oldDocuments: SourceDocument[], newDocuments: SourceDocument[], options: ComparePlansOptions = {}): ComparedPlans {
  const directory = options.directory ?? buildDirectory([...oldDocuments, ...newDocuments]).directory;
  const read = { directory, firstListedLeads: options.firstListedLeads ?? true };
  const oldTasks = buildTasks(oldDocuments, read);
  const newTasks = buildTasks(newDocuments, read);
  return { comparison: compareTasks(oldTasks, newTasks), oldTasks, newTasks, directory };
}
