// One bureau written two ways across the workbook (「市场监管局」 vs 「市场监督管理局」, 「应急管理局」
// vs 「综合执法局（应急管理局）」). Mentions are grouped by canonical name and by the level of their
// document (县, 区, 市 or none, by the prefix most of its bureaus carry): documents of different
// levels come from different governments, whose bureaus are named by each — a clerk can neither
// unify nor correct them. Within a group, writings that differ only in what does not name the body
// are the same writing:
//   - a level prefix (县/区/市/县级…);
//   - a capacity annotation in brackets (「县发展改革委（县国动办）」 is 县发展改革委 acting as 国动办);
//   - a trailing 「等」 (open-ended's finding).
// The writing that matches the canonical name (else the most used one) is the usual one; every other
// writing gets one flag, at its first occurrence, and the message lists where each writing occurs.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
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

const LEVEL_PREFIX = /^(县级|区级|市级|县|区|市)/;
/** The level a bureau's name states; 市 only where it is not the 市 of 市场. */
const LEVEL = /^(县|区|市(?!场))/;
const ANNOTATION = /[（(][^（）()]*[)）]$/;
const PLACES_SHOWN = 3;

export const nameVariant: Rule = {
  code: 'name-variant',
  check: ({ documents, tasks }) => {
    const occurrences = tasks.flatMap((task) =>
      task.units.filter((m) => m.kind === 'bureau' && !m.joined).map((mention) => ({ task, mention })),
    );
    const levels = documentLevels(occurrences);
    const groups = groupBy(occurrences, (o) => `${levels.get(o.task.document) ?? ''}\u0000${o.mention.canonical}`);
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
      });
    });
}

/** Per document, the level prefix carried by more than half of its bureau mentions, else ''. */
function documentLevels(occurrences: Occurrence[]): Map<number, string> {
  const levels = new Map<number, string>();
  for (const [document, same] of groupBy(occurrences, (o) => o.task.document)) {
    const prefixes = groupBy(same, (o) => LEVEL.exec(o.mention.written)?.[1] ?? '');
    const [level = '', count = 0] = [...prefixes].map(([p, list]) => [p, list.length] as const).sort((a, b) => b[1] - a[1])[0] ?? [];
    levels.set(document, count * 2 > same.length ? level : '');
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

/** The name with its annotation and 「等」 dropped, with and without a level prefix. A prefix is
 *  only ever dropped, never compared, because 「市场监管局」 itself begins with 市. */
function readings(written: string): string[] {
  const base = written.replace(/\s+/g, '').replace(/等$/, '').replace(ANNOTATION, '');
  return [base, base.replace(LEVEL_PREFIX, '')];
}

function describeWriting(documents: SourceDocument[], writing: Occurrence[]): string {
  const forms = quoteAll(writing.map((o) => o.mention.written));
  const places = placesOf(documents, writing.slice(0, PLACES_SHOWN).map((o) => o.task));
  const more = writing.length > PLACES_SHOWN ? '等' : '';
  return `${forms}（${writing.length}处：${places}${more}）`;
}
