// 到期提醒: on a given day, the tasks each unit has overdue (a due day passed and the task not done)
// and due within N days, the units with most overdue first, and in each unit what it leads before
// what it supports. A recurring task is due at the end of the current period; ongoing work never is.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import type { UnitRole } from '../units/unit';
import { addDays, periodEnd } from '../calendar/iso-day';
import type { Deadline } from './deadline';
import { deadlineContext } from './document-context';
import { readDeadline } from './read-deadline';

export interface DueEntry<T = Task> {
  task: T;
  role: UnitRole;
  /** The day it fell or falls due (ISO). */
  due: string;
  /** Every unit that leads the task, so a supporting unit knows whom to ask. */
  leads: string[];
}

export interface UnitDue<T = Task> {
  unit: string;
  overdue: DueEntry<T>[];
  dueSoon: DueEntry<T>[];
}

export interface DueReport {
  on: string;
  within: number;
  units: UnitDue[];
  /** Tasks whose 完成时间 could not be read: listed for the clerk, never guessed. */
  unreadable: Array<{ task: Task; reason: string }>;
}

export interface DueOptions {
  on: string;
  within: number;
  /** Whether `unit` reported the task done (from the returned workbooks); none is done by default. */
  isDone?: (task: Task, unit: string) => boolean;
}

/** One unit's part in one task, with the task's deadline already read: what `dueByUnit` sorts out. */
export interface DueItem<T> {
  task: T;
  unit: string;
  role: UnitRole;
  deadline: Deadline;
  leads: string[];
}

type Timing = { state: 'overdue' | 'dueSoon'; due: string } | undefined;

/** When the task falls due relative to `on`: a passed day wins over a coming one. */
export function dueTiming(deadline: Deadline, on: string, last: string): Timing {
  if (deadline.kind === 'dates') {
    const passed = deadline.dates.filter((day) => day < on);
    if (passed.length > 0) return { state: 'overdue', due: passed[passed.length - 1] };
    const next = deadline.dates.find((day) => day <= last);
    return next ? { state: 'dueSoon', due: next } : undefined;
  }
  if (deadline.kind === 'recurring') {
    const due = periodEnd(on, deadline.every);
    return due <= last ? { state: 'dueSoon', due } : undefined;
  }
  return undefined;
}

export function dueList(documents: SourceDocument[], tasks: Task[], options: DueOptions): DueReport {
  const items: DueItem<Task>[] = [];
  const unreadable: DueReport['unreadable'] = [];
  for (const task of tasks) {
    const document = documents[task.document];
    const deadline = readDeadline(task.deadline, document ? deadlineContext(document) : {});
    if (deadline.kind === 'unreadable') unreadable.push({ task, reason: deadline.reason });
    const leads = [...new Set(task.units.filter((m) => m.role === 'lead').map((m) => m.canonical))];
    const seen = new Set<string>();
    for (const mention of task.units) {
      if (seen.has(mention.canonical) || options.isDone?.(task, mention.canonical)) continue;
      seen.add(mention.canonical);
      items.push({ task, unit: mention.canonical, role: mention.role, deadline, leads });
    }
  }
  return { on: options.on, within: options.within, units: dueByUnit(items, options.on, options.within), unreadable };
}

/** Per unit, what is overdue and what falls due within `within` days of `on`; the units with most overdue first. */
export function dueByUnit<T>(items: DueItem<T>[], on: string, within: number): UnitDue<T>[] {
  const last = addDays(on, within);
  const units = new Map<string, UnitDue<T>>();
  for (const { task, unit, role, deadline, leads } of items) {
    const when = dueTiming(deadline, on, last);
    if (!when) continue;
    let entry = units.get(unit);
    if (!entry) units.set(unit, (entry = { unit, overdue: [], dueSoon: [] }));
    entry[when.state].push({ task, role, due: when.due, leads });
  }
  const byRoleThenDay = (a: DueEntry<T>, b: DueEntry<T>): number =>
    Number(a.role !== 'lead') - Number(b.role !== 'lead') || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const listed = [...units.values()].map((u) => ({ ...u, overdue: u.overdue.sort(byRoleThenDay), dueSoon: u.dueSoon.sort(byRoleThenDay) }));
  listed.sort((a, b) => b.overdue.length - a.overdue.length || b.dueSoon.length - a.dueSoon.length || a.unit.localeCompare(b.unit, 'zh-CN'));
  return listed;
}
