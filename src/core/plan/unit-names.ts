// The units of a task in one role, by their directory names, each once, in the order written.

import type { Task } from '../tasks/task';
import type { UnitRole } from '../units/unit';

export function unitNames(task: Task, role: UnitRole): string {
  return [...new Set(task.units.filter((u) => u.role === role).map((u) => u.canonical))].join('、');
}
