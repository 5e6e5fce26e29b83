// Each corpus document's figures as last recorded (found, unit sets, lead sets exact): the tests fail
// when a change reads any document worse, and a document added to the corpus enters with its first
// reading. A share over the whole corpus could not say this: every held-out set lowers it.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentAccuracy } from './measure';

export const FLOOR_FILE = join(__dirname, '..', '..', 'test', 'scripts', 'accuracy', 'floor.json');

/** Per document id: [tasks found, unit sets exact, lead sets exact]. */
export type Floor = Record<string, [number, number, number]>;

export function readFloor(file = FLOOR_FILE): Floor {
  return JSON.parse(readFileSync(file, 'utf8')) as Floor;
}

const figures = (doc: DocumentAccuracy): [number, number, number] => [doc.rowsFound, doc.unitsExact, doc.leadsExact];

/** One line per document that reads worse than its floor, or has none. */
export function fallenBelow(floor: Floor, files: DocumentAccuracy[]): string[] {
  return files.flatMap((doc) => {
    const was = floor[doc.id];
    if (!was) return [];
    const now = figures(doc);
    return now.some((n, i) => n < was[i]) ? [`${doc.id}: found/units/leads ${now.join('/')} < ${was.join('/')}`] : [];
  });
}

export function writeFloor(files: DocumentAccuracy[], file = FLOOR_FILE): void {
  const floor: Floor = Object.fromEntries(files.map((doc) => [doc.id, figures(doc)]));
  writeFileSync(file, JSON.stringify(floor, null, 0).replace(/\],"/g, '],\n"').replace(/^\{/, '{\n').replace(/\}$/, '\n}\n'));
}
