// Per unit: the tasks it leads, those it supports, and those it carries only as a member of a group
// named in the cell (「各镇街」 → each town the directory lists under it). A unit named twice in a task
// counts once, as lead if it leads anywhere in it; a token that runs two units together
// (joined-units) counts for each of them, so the pivot stays right while the audit asks for a fix.

import type { Task } from '../tasks/task';
import type { DirectoryEntry, UnitDirectory, UnitKind, UnitRole } from '../units/unit';
import { refOf } from './task-ref';
import type { TableCount, UnitLoad } from './unit-load';

const KIND_ORDER: Record<UnitKind, number> = { bureau: 0, group: 1, vague: 2 };

export function unitLoads(tasks: Task[], directory: UnitDirectory): UnitLoad[] {
  const entries = new Map(directory.entries.map((e) => [e.canonical, e]));
  const loads = new Map<string, UnitLoad>();
  const loadOf = (canonical: string, kind: UnitKind): UnitLoad => {
    let load = loads.get(canonical);
    if (!load) {
      load = emptyLoad(canonical, entries.get(canonical)?.kind ?? kind);
      loads.set(canonical, load);
    }
    return load;
  };
  for (const task of tasks) {
    const ref = refOf(task);
    const direct = directRoles(task);
    for (const mention of task.units) {
      for (const canonical of mention.joined ?? [mention.canonical]) {
        const load = loadOf(canonical, mention.joined ? 'bureau' : mention.kind);
        if (!load.writtenForms.includes(mention.written)) load.writtenForms.push(mention.written);
      }
    }
    for (const [canonical, role] of direct) {
      const load = loadOf(canonical, 'bureau');
      load[role].push(ref);
      count(load, task, role);
    }
    for (const [member, group] of groupMembers(task, entries)) {
      if (direct.has(member)) continue;
      const load = loadOf(member, 'bureau');
      load.viaGroup.push({ task: ref, group });
      count(load, task, 'viaGroup');
    }
  }
  return [...loads.values()].sort(byKindThenLoad);
}

/** Each unit named in the task, with its role there (lead wins over support). */
function directRoles(task: Task): Map<string, UnitRole> {
  const roles = new Map<string, UnitRole>();
  for (const mention of task.units) {
    for (const canonical of mention.joined ?? [mention.canonical]) {
      if (roles.get(canonical) !== 'lead') roles.set(canonical, mention.role);
    }
  }
  return roles;
}

/** The members of the groups named in the task, each with the first group that brings it in. */
function groupMembers(task: Task, entries: Map<string, DirectoryEntry>): Map<string, string> {
  const members = new Map<string, string>();
  for (const mention of task.units) {
    if (mention.kind !== 'group') continue;
    for (const member of entries.get(mention.canonical)?.members ?? []) {
      if (!members.has(member)) members.set(member, mention.canonical);
    }
  }
  return members;
}

function emptyLoad(canonical: string, kind: UnitKind): UnitLoad {
  return { canonical, kind, writtenForms: [], lead: [], support: [], viaGroup: [], perTable: [] };
}

function count(load: UnitLoad, task: Task, field: 'lead' | 'support' | 'viaGroup'): void {
  let row = load.perTable.find((c) => c.document === task.document && c.table === task.table);
  if (!row) {
    row = { document: task.document, table: task.table, title: task.tableTitle, lead: 0, support: 0, viaGroup: 0 } satisfies TableCount;
    load.perTable.push(row);
  }
  row[field] += 1;
}

/** Direct tasks (lead + support), the measure of a unit's load. */
export function directLoad(load: UnitLoad): number {
  return load.lead.length + load.support.length;
}

function byKindThenLoad(a: UnitLoad, b: UnitLoad): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    directLoad(b) - directLoad(a) ||
    b.viaGroup.length - a.viaGroup.length ||
    a.canonical.localeCompare(b.canonical, 'zh-CN')
  );
}

/** Whether the unit carries any task, directly or through a group. */
export function carriesTasks(load: UnitLoad): boolean {
  return directLoad(load) + load.viaGroup.length > 0;
}
