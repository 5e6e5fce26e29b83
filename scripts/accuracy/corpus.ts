// The real-plan corpus (test/corpus): each document's text beside the labels a person wrote for it
// before the tool ever read it. Loading checks the labels' own shape, so a typo in a label fails
// loudly instead of quietly counting as a miss.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');

export const LAYOUTS = ['word-export', 'pipe-rows', 'tab-rows', 'space-columns', 'bar-cells', 'list-form', 'inline', 'prose', 'mixed'] as const;

export interface LabelledTask {
  /** A distinctive substring of the task's own words, found in exactly one task. */
  text: string;
  units: string[];
  lead: string[];
}

export interface CorpusDocument {
  id: string;
  file: string;
  url: string;
  place: string;
  year: number;
  title: string;
  layout: (typeof LAYOUTS)[number];
  cut: string;
  tasks: LabelledTask[];
}

/** Every labelled document of the corpus, by id. Throws on a label file that breaks the format. */
export function loadCorpus(folder = CORPUS): CorpusDocument[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.labels.json'.length);
      const file = join(folder, `${id}.txt`);
      return { id, file, ...checkLabels(id, JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown) };
    });
}

function checkLabels(id: string, raw: unknown): Omit<CorpusDocument, 'id' | 'file'> {
  const problem = (what: string): never => {
    throw new Error(`test/corpus/${id}.labels.json: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null) return problem('not a JSON object');
  const labels = raw as Record<string, unknown>;
  for (const key of ['url', 'place', 'title', 'layout', 'cut']) {
    if (typeof labels[key] !== 'string' || labels[key] === '') problem(`"${key}" must be a non-empty string`);
  }
  if (!Number.isInteger(labels.year)) problem('"year" must be a whole number');
  if (!LAYOUTS.includes(labels.layout as (typeof LAYOUTS)[number])) problem(`"layout" must be one of ${LAYOUTS.join(', ')}`);
  if (!Array.isArray(labels.tasks) || labels.tasks.length === 0) problem('"tasks" must be a non-empty list');
  const tasks = (labels.tasks as unknown[]).map((task, i): LabelledTask => {
    const t = task as Record<string, unknown>;
    const names = (key: string): string[] =>
      Array.isArray(t[key]) && (t[key] as unknown[]).every((n) => typeof n === 'string' && n.trim() !== '')
        ? (t[key] as string[])
        : problem(`tasks[${i}].${key} must be a list of names`);
    if (typeof t.text !== 'string' || t.text.trim() === '') problem(`tasks[${i}].text must be a non-empty string`);
    return { text: t.text as string, units: names('units'), lead: names('lead') };
  });
  return { ...(labels as Omit<CorpusDocument, 'id' | 'file' | 'tasks'>), tasks };
}
