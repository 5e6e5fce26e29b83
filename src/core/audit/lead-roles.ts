// When a task's lead is actually known. A 牵头/配合 column or an explicit 「X牵头」「X配合」 states it;
// the first-listed convention (「列第一位的为牵头单位」) only assumes it — it names exactly one lead
// by construction — so the lead rules (no-lead, many-leads, lead-and-support) judge only tasks
// whose roles were stated.

import type { Task } from '../tasks/task';
import type { UnitMention } from '../units/unit';

export function statesRole(mention: UnitMention): boolean {
  return mention.roleSource === 'column' || mention.roleSource === 'explicit';
}

export function leadRolesKnown(task: Task): boolean {
  return task.units.some(statesRole);
}

/** The 牵头 column if the table has one, else the first responsibility cell: where a lead belongs. */
export function leadColumn(task: Task): number {
  const cell = task.responsibility.find((c) => c.role === 'lead') ?? task.responsibility[0];
  return cell?.column ?? task.units[0]?.column ?? 0;
}
