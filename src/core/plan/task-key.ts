// Tasks, flags and matrix rows all point at a table row by (document, table, row); one key joins them.

import type { Flag } from '../audit/flag';
import type { TaskRef } from '../pivot/unit-load';
import type { Task } from '../tasks/task';

export function taskKey(ref: TaskRef): string {
  return `${ref.document}/${ref.table}/${ref.row}`;
}

export function tasksByKey(tasks: Task[]): Map<string, Task> {
  return new Map(tasks.map((task) => [taskKey(task), task]));
}

export function flagsByTask(flags: Flag[]): Map<string, Flag[]> {
  const byKey = new Map<string, Flag[]>();
  for (const flag of flags) {
    const key = taskKey(flag);
    byKey.set(key, [...(byKey.get(key) ?? []), flag]);
  }
  return byKey;
}
