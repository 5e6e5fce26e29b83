// A task's address (indexes into inspect's output), and a key to look it up by.

import type { Task } from '../tasks/task';
import type { TaskRef } from './unit-load';

export function refOf(task: Task): TaskRef {
  return { document: task.document, table: task.table, row: task.row };
}

export function refKey(ref: TaskRef): string {
  return `${ref.document}/${ref.table}/${ref.row}`;
}
