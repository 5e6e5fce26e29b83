// How the tool does on one labelled document: each label's task found (by its distinctive text),
// and its unit set and lead set compared exactly with what a clerk wrote. Names are compared after
// folding full-width forms, spacing and script only: 「县应急局」 against 「县应急管理局」 is a miss.

import type { Task } from '../../src/core/tasks/task';
import { foldWidth, removeSpacing } from '../../src/core/text/normalise';
import { inSimplified } from '../../src/core/text/script';
import type { LabelledTask } from './corpus';

export interface TaskScore {
  label: LabelledTask;
  found: boolean;
  unitsExact: boolean;
  leadsExact: boolean;
  /** What the tool read for the task (empty when not found). */
  units: string[];
  lead: string[];
}

export interface DocumentScore {
  tasks: number;
  rowsFound: number;
  unitsExact: number;
  leadsExact: number;
  scores: TaskScore[];
}

/** Compared as read: full-width forms folded, spacing removed, a Traditional-script label in Simplified (a short name too). */
const key = (text: string): string => removeSpacing(foldWidth(inSimplified(text)));

/** The words of a task as a clerk reads them: its number, heading, content and note. */
function taskText(task: Task): string {
  return key([task.seq, task.heading, task.content, task.note].join(''));
}

/** The units written at the task: those the document named once for every later task (「以下……不再注明」)
 *  are added by the tool with a note, and labelled only where the task itself names them. */
function ownUnits(task: Task): Task['units'] {
  return task.units.filter((m) => m.roleSource !== 'inherited');
}

/** The unit names of a task as written, a trailing 等 kept on an open-ended list's last name. */
export function writtenUnits(task: Task): string[] {
  return ownUnits(task).map((m) => m.written + (m.openEnded ? '等' : ''));
}

export function leadUnits(task: Task): string[] {
  return ownUnits(task).filter((m) => m.role === 'lead' && m.roleSource !== 'default').map((m) => m.written + (m.openEnded ? '等' : ''));
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const sorted = (names: readonly string[]): string => names.map(key).sort().join('\u0000');
  return a.length === b.length && sorted(a) === sorted(b);
}

/** The task a label means: the one whose content holds its text, else the first whose words do. */
function findTask(label: LabelledTask, tasks: readonly Task[]): Task | undefined {
  const wanted = key(label.text);
  return tasks.find((task) => key(task.content).includes(wanted)) ?? tasks.find((task) => taskText(task).includes(wanted));
}

export function scoreDocument(labels: readonly LabelledTask[], tasks: readonly Task[]): DocumentScore {
  const scores = labels.map((label): TaskScore => {
    const task = findTask(label, tasks);
    if (!task) return { label, found: false, unitsExact: false, leadsExact: false, units: [], lead: [] };
    const units = writtenUnits(task);
    const lead = leadUnits(task);
    return { label, found: true, unitsExact: sameNames(units, label.units), leadsExact: sameNames(lead, label.lead), units, lead };
  });
  return {
    tasks: scores.length,
    rowsFound: scores.filter((s) => s.found).length,
    unitsExact: scores.filter((s) => s.unitsExact).length,
    leadsExact: scores.filter((s) => s.leadsExact).length,
    scores,
  };
}
