// Coverage: tasks no concrete bureau answers for, bureaus of the directory that carry nothing
// (neither named in a cell nor reached through a group named there), and bureaus whose load stands
// far above the rest.
//
// Overload is judged against the median direct load (lead + support) of the bureaus that carry any
// task: a bureau is overloaded when its load exceeds OVERLOAD_FACTOR × that median and is at least
// OVERLOAD_MINIMUM tasks. The median, unlike the mean, is not pulled up by the overloaded bureau
// itself; the minimum keeps small documents (median 1, a bureau with 4) from raising alarms.

import type { Task } from '../tasks/task';
import type { UnitDirectory } from '../units/unit';
import { carriesTasks, directLoad } from './by-unit';
import { refOf } from './task-ref';
import type { Coverage, UnitLoad } from './unit-load';

export const OVERLOAD_FACTOR = 3;
export const OVERLOAD_MINIMUM = 10;

export function coverageOf(tasks: Task[], directory: UnitDirectory, loads: UnitLoad[]): Coverage {
  const bureaus = loads.filter((l) => l.kind === 'bureau' && directLoad(l) > 0);
  const median = medianOf(bureaus.map(directLoad));
  const carrying = new Set(loads.filter(carriesTasks).map((l) => l.canonical));
  return {
    tasksWithoutBureau: tasks.filter((t) => !t.units.some((m) => m.kind === 'bureau' || m.joined)).map(refOf),
    unitsWithoutTask: directory.entries.filter((e) => e.kind === 'bureau' && !carrying.has(e.canonical)).map((e) => e.canonical),
    overloaded: bureaus
      .filter((l) => directLoad(l) > OVERLOAD_FACTOR * median && directLoad(l) >= OVERLOAD_MINIMUM)
      .map((l) => ({ canonical: l.canonical, load: directLoad(l), median })),
  };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
