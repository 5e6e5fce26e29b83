// Plans that assign tasks in their body text come as .docx and web pages too, not only as text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../../src/core/analyse';
import { readDocument } from '../../../src/core/read';
import { BODY_TABLE_TITLE } from '../../../src/core/tables/body-assignments';
import { docx, p } from '../../fixtures/docx-builder';

const INLINE = readFileSync(join(__dirname, '../../fixtures/layouts/inline-brackets.txt'), 'utf8').split('\n');

const EXPECTED_UNITS = [
  ['市应急局:lead', '市委组织部:support', '市公安局:support'],
  ['市安委办:lead'],
  ['市住房和城乡建设委:lead', '市市场监管局:support'],
  ['市消防救援支队:lead', '各区县政府:support'],
];

async function tasksOf(name: string, bytes: Uint8Array) {
  const read = await readDocument(name, bytes);
  if (!read.ok) throw new Error(read.error.message);
  const { tables } = read.value;
  const analysis = analyse([read.value]);
  return { tables, units: analysis.tasks.map((t) => t.units.map((m) => `${m.canonical}:${m.role}`)) };
}

test('a .docx with no table gives the tasks its paragraphs assign, positioned by paragraph', async () => {
  const { tables, units } = await tasksOf('要点.docx', await docx(INLINE.map((line) => p(line)).join('')));
  expect(tables.map((t) => t.title)).toEqual([BODY_TABLE_TITLE]);
  expect(tables[0].rows.map((r) => r.position)).toEqual([6, 7, 9, 10].map((paragraph) => ({ kind: 'paragraph', paragraph })));
  expect(units).toEqual(EXPECTED_UNITS);
});

test('a web page with no table gives the tasks its paragraphs assign', async () => {
  const html = `<html><head><meta charset="utf-8"><title>要点</title></head><body>${INLINE.map((line) => `<p>${line}</p>`).join('\n')}</body></html>`;
  const { tables, units } = await tasksOf('要点.html', new TextEncoder().encode(html));
  expect(tables.map((t) => t.title)).toEqual([BODY_TABLE_TITLE]);
  expect(units).toEqual(EXPECTED_UNITS);
});
