// A unit named in a responsibility cell, and the directory that says which names mean one body.

import type { MessageArgs } from '../result';

/** bureau: one concrete body (县应急管理局). group: a set of bodies (各镇街, 安委会各成员单位).
 *  vague: a reference that names nobody (有关行业部门, 各相关单位). */
export type UnitKind = 'bureau' | 'group' | 'vague';

/** lead 牵头 · support 配合. */
export type UnitRole = 'lead' | 'support';

/** One unit as written in one cell. */
export interface UnitMention {
  /** Exactly as written in the cell (trimmed), e.g. 「县市场监管局」. */
  written: string;
  /** Directory identity: the canonical name of the entry it resolves to (or its own normalised name if none). */
  canonical: string;
  kind: UnitKind;
  role: UnitRole;
  /**
   * Why it has that role: a 牵头/配合 column, an explicit 「X牵头」/「X配合」 in the cell (units the cell
   * leaves unmarked beside an explicit lead support), or the first-listed convention. 'default' means
   * the role is unknown: a 责任单位 cell read without the first-listed convention; `role` is then
   * 'support' only as a placeholder. 'inherited': named once for every later task (「以下各项工作均需各区县
   * 具体落实，不再注明」), not written at the task.
   */
  roleSource: 'column' | 'explicit' | 'first-listed' | 'default' | 'inherited';
  /** 0-based column of the cell it was found in. */
  column: number;
  /** Ends an open-ended list (「……等」). */
  openEnded: boolean;
  /** False only when a directory was given and the name is not in it. */
  known: boolean;
  /** Set when the written token is two or more known units run together (「县应急局县公安局」): their canonical names. */
  joined?: string[];
}

export interface DirectoryEntry {
  /** The name shown to the clerk. */
  canonical: string;
  /** Other ways of writing the same body (full names, abbreviations, the name inside 「A（B）」). */
  aliases: string[];
  kind: UnitKind;
  /** For a group: the canonical names of its members (各镇街 → the towns), as the clerk lists them. */
  members: string[];
}

/** Plain data: built from the documents, or read from a sheet/CSV that the clerk edits. */
export interface UnitDirectory {
  entries: DirectoryEntry[];
}

/** A same-body pair the directory builder is not sure of: shown to the clerk, never merged silently. */
export interface AliasProposal {
  a: string;
  b: string;
  reason: string;
  /** Why, as a code and the facts of `reason` (see Warning): for the pane to say it in its language. */
  code: string;
  args: MessageArgs;
}
