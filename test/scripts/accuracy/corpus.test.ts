// The corpus of real plans keeps its own rules (test/corpus/README.md), and the tool keeps its
// accuracy on it: a floor per document that fails when a change reads any real plan worse than
// recorded (`npm run accuracy -- --record-floor` raises it).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, loadCorpus } from '../../../scripts/accuracy/corpus';
import { fallenBelow, readFloor } from '../../../scripts/accuracy/floor';
import { measureCorpus } from '../../../scripts/accuracy/measure';

const corpus = loadCorpus();

test('the corpus holds at least 40 documents from at least 20 places', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  expect(new Set(corpus.map((doc) => doc.place)).size).toBeGreaterThanOrEqual(20);
});

test('every label names its task by 8 to 30 characters found exactly once in the document, and every lead is one of its units', () => {
  const problems = corpus.flatMap((doc) => {
    const text = readFileSync(doc.file, 'utf8');
    return doc.tasks.flatMap((task) => [
      ...(text.split(task.text).length - 1 !== 1 ? [`${doc.id}: 「${task.text}」 occurs ${text.split(task.text).length - 1} times`] : []),
      ...(task.text.length < 8 || task.text.length > 30 ? [`${doc.id}: 「${task.text}」 is ${task.text.length} characters`] : []),
      ...task.lead.filter((lead) => !task.units.includes(lead)).map((lead) => `${doc.id}: lead ${lead} is not among the units`),
    ]);
  });
  expect(problems).toEqual([]);
});

test('SOURCES.md lists every document of the corpus with its URL', () => {
  const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8');
  expect(corpus.filter((doc) => !sources.includes(`| ${doc.id} | ${doc.place} |`) || !sources.includes(doc.url)).map((doc) => doc.id)).toEqual([]);
});

test('no document URL is in the corpus twice', () => {
  const urls = corpus.map((doc) => doc.url);
  expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
});

test('the tool reads every document at least as well as its recorded floor, and every document has one', async () => {
  const { files } = await measureCorpus(corpus);
  const floor = readFloor();
  expect(corpus.filter((doc) => !floor[doc.id]).map((doc) => doc.id)).toEqual([]);
  expect(fallenBelow(floor, files)).toEqual([]);
});
