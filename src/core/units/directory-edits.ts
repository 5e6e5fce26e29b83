// The clerk's decisions in the pane's 单位名录 panel, applied to a directory: a proposed pair merged
// (the second body's names become the first's aliases), a pair kept apart (no longer proposed), a
// group's members set. Plain data, so the decisions travel with the pane's state and are redone on
// every analysis.

import type { AliasProposal, DirectoryEntry, UnitDirectory } from './unit';

export interface DirectoryEdits {
  /** [kept, merged into it], by canonical name. */
  merged: Array<[string, string]>;
  /** Pairs the clerk says are two bodies. */
  distinct: Array<[string, string]>;
  /** Group canonical name → its members, as the clerk lists them. */
  members: Record<string, string[]>;
}

export const NO_EDITS: DirectoryEdits = { merged: [], distinct: [], members: {} };

export function applyEdits(directory: UnitDirectory, edits: DirectoryEdits): UnitDirectory {
  if (edits.merged.length === 0 && Object.keys(edits.members).length === 0) return directory;
  let entries: DirectoryEntry[] = directory.entries.map((entry) => ({ ...entry, aliases: [...entry.aliases], members: [...entry.members] }));
  for (const [kept, merged] of edits.merged) {
    const into = entries.find((e) => e.canonical === kept);
    const from = entries.find((e) => e.canonical === merged);
    if (!into || !from || into === from) continue;
    into.aliases = [...new Set([...into.aliases, from.canonical, ...from.aliases])].filter((name) => name !== into.canonical);
    entries = entries.filter((e) => e !== from).map((e) => ({ ...e, members: [...new Set(e.members.map((m) => (m === merged ? kept : m)))] }));
  }
  for (const [group, members] of Object.entries(edits.members)) {
    const entry = entries.find((e) => e.canonical === group && e.kind === 'group');
    if (entry) entry.members = [...new Set(members.map((m) => m.trim()).filter((m) => m !== ''))];
  }
  return { entries };
}

/** The proposals the clerk has not decided yet. */
export function openProposals(proposals: AliasProposal[], edits: DirectoryEdits): AliasProposal[] {
  const decided = new Set([...edits.merged, ...edits.distinct].flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
  return proposals.filter((p) => !decided.has(`${p.a}\u0000${p.b}`));
}
