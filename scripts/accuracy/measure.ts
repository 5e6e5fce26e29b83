// Reads every corpus document as the CLI would (bytes → document → analysis) and scores it against
// its labels. A document the tool refuses, or reads no task from, scores every label as a miss.

import { readFileSync } from 'node:fs';
import { analyse } from '../../src/core/analyse';
import { readDocument } from '../../src/core/read';
import { loadCorpus, type CorpusDocument } from './corpus';
import { scoreDocument, type DocumentScore } from './score';

export interface AccuracyTotals {
  documents: number;
  places: number;
  tasks: number;
  rowsFound: number;
  unitsExact: number;
  leadsExact: number;
}

export interface DocumentAccuracy extends DocumentScore {
  id: string;
  place: string;
  layout: string;
  /** Why nothing was read, when the tool refused the document or found no task in it. */
  refused?: string;
}

export async function measureCorpus(documents: CorpusDocument[] = loadCorpus()): Promise<{ totals: AccuracyTotals; files: DocumentAccuracy[] }> {
  const files: DocumentAccuracy[] = [];
  for (const doc of documents) {
    const read = await readDocument(`${doc.id}.txt`, readFileSync(doc.file));
    const tasks = read.ok ? analyse([read.value]).tasks : [];
    const refused = !read.ok ? read.error.message : tasks.length === 0 ? (read.warnings.map((w) => w.code).join(', ') || 'no task') : undefined;
    files.push({ id: doc.id, place: doc.place, layout: doc.layout, ...scoreDocument(doc.tasks, tasks), ...(refused !== undefined && { refused }) });
  }
  const sum = (field: 'tasks' | 'rowsFound' | 'unitsExact' | 'leadsExact'): number => files.reduce((n, f) => n + f[field], 0);
  return {
    totals: {
      documents: files.length,
      places: new Set(documents.map((d) => d.place)).size,
      tasks: sum('tasks'),
      rowsFound: sum('rowsFound'),
      unitsExact: sum('unitsExact'),
      leadsExact: sum('leadsExact'),
    },
    files,
  };
}
