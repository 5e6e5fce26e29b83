// Where each task landed on the import sheets, so that other sheets can link to it.

import { taskKey } from './task-key';
import type { TaskRef } from '../pivot/unit-load';

export interface Placement {
  sheet: string;
  /** 0-based row of the task on its import sheet. */
  row: number;
}

export type Placements = Map<string, Placement>;

export function placementOf(placements: Placements, ref: TaskRef): Placement | undefined {
  return placements.get(taskKey(ref));
}
