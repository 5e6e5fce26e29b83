// Last year's tasks against this year's: matched by what they say (match.ts), then each pair
// compared by text (folded, so a year moved on is no change), units and leads. Units are compared by
// canonical name, so both sides must be read through one directory (see compare-plans.ts); a group
// (各镇街) is compared as written, not as its members.

import type { Task } from '../tasks/task';
import type { UnitKind } from '../units/unit';
import type { ComparedTask, Comparison, TaskChange } from './comparison';
import { matchTexts, MATCH_THRESHOLD } from './match';
import { normaliseTaskText } from './normalise';
import { unitComparisons } from './unit-comparison';

/** Below this share of the smaller side matched, the two plans are said to be unrelated. */
export const FEW_MATCHES_SHARE = 0.3;

/** The heading and the content, as the clerk reads them. */
export function taskText(task: Task): string {
  if (task.heading === '' || task.content === '') return task.heading || task.content;
  return `${task.heading}：${task.content}`;
}

/** Content shorter than this (folded) says too little alone (「0」「1.5以内」): the heading is matched with it. */
const CONTENT_ALONE = 6;

/** What is compared of a task's text: heading and content each folded (see normalise.ts). */
function comparableText(task: Task): string {
  return normaliseTaskText(task.heading) + normaliseTaskText(task.content);
}

/**
 * What tasks are matched by: the content when it says enough alone, else heading and content. A
 * heading is often a section (「一、开展……行动 / 1.强化……」) shared by the tasks under it: matched
 * with it, a new task under the heading of a dropped one would pass for it reworded.
 */
function matchingText(task: Task): string {
  const content = normaliseTaskText(task.content);
  return content.length >= CONTENT_ALONE ? content : normaliseTaskText(task.heading) + content;
}

export function comparedTask(task: Task): ComparedTask {
  const units = distinct(task.units.map((m) => m.canonical));
  const lead = distinct(task.units.filter((m) => m.role === 'lead').map((m) => m.canonical));
  return { document: task.document, table: task.table, row: task.row, text: taskText(task), units, lead, source: task.source, seq: task.seq, deadline: task.deadline };
}

export function compareTasks(oldTasks: readonly Task[], newTasks: readonly Task[], threshold = MATCH_THRESHOLD): Comparison {
  const oldTexts = oldTasks.map(comparableText);
  const newTexts = newTasks.map(comparableText);
  const matching = matchTexts(oldTasks.map(matchingText), newTasks.map(matchingText), threshold);
  const olds = oldTasks.map(comparedTask);
  const news = newTasks.map(comparedTask);
  const changed: TaskChange[] = [];
  let unchanged = 0;
  for (const pair of matching.pairs) {
    const before = olds[pair.old] as ComparedTask;
    const after = news[pair.new] as ComparedTask;
    const change: TaskChange = {
      old: before,
      new: after,
      textChanged: oldTexts[pair.old] !== newTexts[pair.new],
      unitsGained: after.units.filter((u) => !before.units.includes(u)),
      unitsLost: before.units.filter((u) => !after.units.includes(u)),
      leadBefore: before.lead,
      leadAfter: after.lead,
      similarity: Math.round(pair.score * 100) / 100,
    };
    const same = !change.textChanged && change.unitsGained.length === 0 && change.unitsLost.length === 0 && sameSet(before.lead, after.lead);
    if (same) unchanged++;
    else changed.push(change);
  }
  const added = matching.added.map((j) => news[j] as ComparedTask);
  const removed = matching.removed.map((i) => olds[i] as ComparedTask);
  const smaller = Math.min(oldTasks.length, newTasks.length);
  return {
    added,
    removed,
    changed,
    unchanged,
    units: unitComparisons({ added, removed, changed }, kindsOf([...oldTasks, ...newTasks])),
    oldTasks: oldTasks.length,
    newTasks: newTasks.length,
    fewMatches: smaller > 0 && matching.pairs.length < FEW_MATCHES_SHARE * smaller,
  };
}

function kindsOf(tasks: readonly Task[]): Map<string, UnitKind> {
  const kinds = new Map<string, UnitKind>();
  for (const task of tasks) for (const m of task.units) if (!kinds.has(m.canonical)) kinds.set(m.canonical, m.kind);
  return kinds;
}

function distinct(names: string[]): string[] {
  return [...new Set(names)];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
