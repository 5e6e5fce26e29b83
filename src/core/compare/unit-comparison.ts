// Per unit, what changed for it between the two years: the tasks it newly carries, those it no
// longer carries, and those it carries both years that changed — the view a bureau chief asks for.

import type { UnitKind } from '../units/unit';
import type { ComparedTask, TaskChange, UnitComparison } from './comparison';

type Counts = Omit<UnitComparison, 'unit' | 'kind'>;

export function unitComparisons(
  { added, removed, changed }: { added: ComparedTask[]; removed: ComparedTask[]; changed: TaskChange[] },
  kinds: ReadonlyMap<string, UnitKind>,
): UnitComparison[] {
  const counts = new Map<string, Counts>();
  const of = (unit: string): Counts => {
    let entry = counts.get(unit);
    if (!entry) counts.set(unit, (entry = { newLead: 0, newSupport: 0, droppedLead: 0, droppedSupport: 0, changed: 0 }));
    return entry;
  };
  const gained = (task: ComparedTask, unit: string): void => {
    if (task.lead.includes(unit)) of(unit).newLead++;
    else of(unit).newSupport++;
  };
  const dropped = (task: ComparedTask, unit: string): void => {
    if (task.lead.includes(unit)) of(unit).droppedLead++;
    else of(unit).droppedSupport++;
  };
  for (const task of added) for (const unit of task.units) gained(task, unit);
  for (const task of removed) for (const unit of task.units) dropped(task, unit);
  for (const change of changed) {
    for (const unit of change.unitsGained) gained(change.new, unit);
    for (const unit of change.unitsLost) dropped(change.old, unit);
    for (const unit of change.new.units) if (change.old.units.includes(unit)) of(unit).changed++;
  }
  const total = (c: Counts): number => c.newLead + c.newSupport + c.droppedLead + c.droppedSupport + c.changed;
  return [...counts]
    .map(([unit, c]) => ({ unit, kind: kinds.get(unit) ?? 'bureau', ...c }))
    .sort((a, b) => total(b) - total(a) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

/** 「新增牵头 3 项、配合 1 项，不再承担 1 项（牵头 1 项），有变化 2 项」, the parts that are not zero. */
export function unitSentence(u: UnitComparison): string {
  const parts: string[] = [];
  const added = [u.newLead > 0 ? `牵头 ${u.newLead} 项` : '', u.newSupport > 0 ? `配合 ${u.newSupport} 项` : ''].filter(Boolean);
  if (added.length > 0) parts.push(`新增${added.join('、')}`);
  const dropped = u.droppedLead + u.droppedSupport;
  if (dropped > 0) parts.push(`不再承担 ${dropped} 项${u.droppedLead > 0 ? `（其中牵头 ${u.droppedLead} 项）` : ''}`);
  if (u.changed > 0) parts.push(`有变化 ${u.changed} 项`);
  return parts.join('，');
}
