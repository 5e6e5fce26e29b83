// The clerk's decisions in the 单位名录 panel as a list, each of which can be taken back (撤销): the
// pairs merged, the pairs kept apart, the groups whose members were set. Taking one back leaves the
// others, and the batch is analysed again from what remains.

import type { DirectoryEdits } from '../core/units/directory-edits';

export type Decision =
  | { kind: 'merged'; kept: string; merged: string }
  | { kind: 'distinct'; a: string; b: string }
  | { kind: 'members'; group: string; members: string[] };

/** The decisions in a fixed order (merges, pairs kept apart, members): an index into it names one. */
export function decisionsOf(edits: DirectoryEdits): Decision[] {
  return [
    ...edits.merged.map(([kept, merged]): Decision => ({ kind: 'merged', kept, merged })),
    ...edits.distinct.map(([a, b]): Decision => ({ kind: 'distinct', a, b })),
    ...Object.entries(edits.members).map(([group, members]): Decision => ({ kind: 'members', group, members })),
  ];
}

/** The edits without the decision at `index` of decisionsOf; the same edits for an index it does not have. */
export function withoutDecision(edits: DirectoryEdits, index: number): DirectoryEdits {
  const decision = decisionsOf(edits)[index];
  if (!decision) return edits;
  switch (decision.kind) {
    case 'merged':
      return { ...edits, merged: edits.merged.filter((_, i) => i !== index) };
    case 'distinct':
      return { ...edits, distinct: edits.distinct.filter((_, i) => i !== index - edits.merged.length) };
    case 'members':
      return { ...edits, members: Object.fromEntries(Object.entries(edits.members).filter(([group]) => group !== decision.group)) };
  }
}
