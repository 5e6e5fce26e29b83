// One bureau written two ways across the workbook (「市场监管局」 vs 「市场监督管理局」, 「应急管理局」
// vs 「综合执法局（应急管理局）」). Mentions are grouped by canonical name and by their level (the
// prefix they carry, else their document's: see units/document-level.ts). The directory keeps
// governments apart already, except where the clerk's directory lists a bureau bare, which every
// level's bureau then resolves to: the county's and the district's are still two bodies, each named
// by its own government, and a clerk can neither unify nor correct them. Within a group, writings
// that differ only in what does not name the body are the same writing:
//   - a level prefix (县/区/市/县级…);
//   - a capacity annotation in brackets (「县发展改革委（县国动办）」 is 县发展改革委 acting as 国动办);
//   - a trailing 「等」 (open-ended's finding).
// The writing that matches the canonical name (else the most used one) is the usual one; every other
// writing gets one flag, at its first occurrence, and the message lists where each writing occurs.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import { documentLevel } from '../units/document-level';
import { levelOf, stripLevel } from '../units/normalise';
import type { UnitMention } from '../units/unit';
import { cellFlag, quote, quoteAll } from './cell-flag';
import type { Flag } from './flag';
import { groupBy } from './group-by';
import { placesOf } from './place';
import type { Rule } from './rule';

interface Occurrence {
  task: Task;
  mention: UnitMention;
}

const ANNOTATION = /[（(][^（）()]*[)）]$/;
const PLACES_SHOWN = 3;

export const nameVariant: Rule = {
  code: 'name-variant',
  check: ({ documents, tasks }) => {
    const occurrences = tasks.flatMap((task) =>
      task.units.filter((m) => m.kind === 'bureau' && !m.joined).map((mention) => ({ task, mention })),
    );
    const levels = documentLevels(occurrences);
    const levelOfMention = (o: Occurrence): string => levelOf(o.mention.written) || (levels.get(o.task.document) ?? '');
    const groups = groupBy(occurrences, (o) => `${levelOfMention(o)}\u0000${o.mention.canonical}`);
    return [...groups.values()].flatMap((same) => variantFlags(documents, same[0]?.mention.canonical ?? '', same));
  },
};

function variantFlags(documents: SourceDocument[], canonical: string, occurrences: Occurrence[]): Flag[] {
  const writings = clusterWritings(occurrences);
  if (writings.length < 2) return [];
  const usual =
    writings.find((w) => w.some((o) => sameWriting(o.mention.written, canonical))) ??
    [...writings].sort((a, b) => b.length - a.length)[0];
  const suggested = usual?.some((o) => sameWriting(o.mention.written, canonical))
    ? canonical
    : (usual?.[0]?.mention.written ?? canonical);
  const summary = writings.map((w) => describeWriting(documents, w)).join('；');
  return writings
    .filter((w) => w !== usual)
    .map((variant) => {
      const first = variant[0] as Occurrence;
      const forms = [...new Set(variant.map((o) => o.mention.written))];
      return cellFlag(first.task, first.mention.column, {
        code: 'name-variant',
        severity: 'warning',
        units: forms,
        message: `同一单位有不同写法：${summary}。`,
        suggestion: `把${quoteAll(forms)}统一写作${quote(suggested)}。`,
        // Every writing of the unit (its forms, line by line) and how often it occurs.
        args: {
          forms,
          suggested,
          writings: writings.map((w) => [...new Set(w.map((o) => o.mention.written))].join('\n')),
          counts: writings.map((w) => w.length),
        },
      });
    });
}

/** Per document, its level, from the bureaus it names as often as it names them. */
function documentLevels(occurrences: Occurrence[]): Map<number, string> {
  const levels = new Map<number, string>();
  for (const [document, same] of groupBy(occurrences, (o) => o.task.document)) {
    const names = new Map<string, number>();
    for (const { mention } of same) names.set(mention.written, (names.get(mention.written) ?? 0) + 1);
    levels.set(document, documentLevel(names));
  }
  return levels;
}

/** Occurrences grouped into writings, in order of first occurrence. Distinct forms are few even
 *  when occurrences are many, so forms are clustered first and occurrences dealt out after. */
function clusterWritings(occurrences: Occurrence[]): Occurrence[][] {
  const clusterOf = new Map<string, number>();
  const clusters: string[][] = [];
  for (const { mention } of occurrences) {
    if (clusterOf.has(mention.written)) continue;
    const index = clusters.findIndex((forms) => forms.some((form) => sameWriting(form, mention.written)));
    if (index >= 0) clusters[index]?.push(mention.written);
    else clusters.push([mention.written]);
    clusterOf.set(mention.written, index >= 0 ? index : clusters.length - 1);
  }
  const writings: Occurrence[][] = clusters.map(() => []);
  for (const occurrence of occurrences) writings[clusterOf.get(occurrence.mention.written) ?? 0]?.push(occurrence);
  return writings;
}

function sameWriting(a: string, b: string): boolean {
  const readingsOfB = readings(b);
  return readings(a).some((r) => readingsOfB.includes(r));
}

/** The name with its annotation and 「等」 dropped, with and without a level prefix. */
function readings(written: string): string[] {
  const base = written.replace(/\s+/g, '').replace(/等$/, '').replace(ANNOTATION, '');
  return [base, stripLevel(base)];
}

function describeWriting(documents: SourceDocument[], writing: Occurrence[]): string {
  const forms = quoteAll(writing.map((o) => o.mention.written));
  const places = placesOf(documents, writing.slice(0, PLACES_SHOWN).map((o) => o.task));
  const more = writing.length > PLACES_SHOWN ? '等' : '';
  return `${forms}（${writing.length}处：${places}${more}）`;
}
