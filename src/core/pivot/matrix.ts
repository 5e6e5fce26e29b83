// Tasks down, units across: 「牵」 lead, 「配」 support, 「组」 through a group the unit belongs to.
// The units come in the order of the per-unit loads: concrete bureaus first, by load.

import type { Task } from '../tasks/task';
import { refKey, refOf } from './task-ref';
import type { MatrixMark, ResponsibilityMatrix, TaskRef, UnitLoad } from './unit-load';

export function responsibilityMatrix(tasks: Task[], loads: UnitLoad[]): ResponsibilityMatrix {
  const refs = tasks.map(refOf);
  const rowOf = new Map(refs.map((ref, i) => [refKey(ref), i]));
  const marks: MatrixMark[][] = refs.map(() => new Array<MatrixMark>(loads.length).fill(''));
  loads.forEach((load, column) => {
    const mark = (ref: TaskRef, value: MatrixMark) => {
      const row = marks[rowOf.get(refKey(ref)) ?? -1];
      if (row) row[column] = value;
    };
    load.viaGroup.forEach((v) => mark(v.task, '组'));
    load.support.forEach((ref) => mark(ref, '配'));
    load.lead.forEach((ref) => mark(ref, '牵'));
  });
  return { tasks: refs, units: loads.map((l) => l.canonical), marks };
}
