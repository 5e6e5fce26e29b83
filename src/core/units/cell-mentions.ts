// One responsibility cell → its UnitMentions, resolved against the directory.

import type { UnitMention } from './unit';
import type { DirectoryIndex, Resolution } from './directory-index';
import type { ResponsibilityRole } from './roles';
import { readCellUnits } from './cell-units';
import { lookUp, resolveUnit } from './directory-index';
import { joinedByShape, joinedParts } from './joined';
import { unitKind } from './kind';
import { assignRoles } from './roles';

export interface CellMentionOptions {
  index: DirectoryIndex;
  firstListedLeads: boolean;
  /** The level of the document the cell is in (see document-level.ts): a bare name is that level's. */
  level: string;
}

export function cellMentions(
  cell: { text: string; column: number; role: ResponsibilityRole },
  { index, firstListedLeads, level }: CellMentionOptions,
): UnitMention[] {
  const units = readCellUnits(cell.text).map((token) => {
    // Joined names are looked for before the halves of 「A（B）」 are tried: 「公共服务局综合执法局
    // （应急管理局）」 is two units, not the second one.
    const isKnown = (part: string): boolean => lookUp(index, part, level) !== undefined;
    const joined =
      !isKnown(token.name) && unitKind(token.name) === 'bureau'
        ? (joinedParts(token.name, isKnown, index.longestName) ?? joinedByShape(token.name))
        : undefined;
    const resolved: Resolution = joined
      ? { canonical: token.written, kind: 'bureau', known: true }
      : resolveUnit(index, token.name, level);
    return { token, resolved, joined: joined?.map((part) => resolveUnit(index, part, level).canonical) };
  });
  const roles = assignRoles(
    units.map(({ token, resolved }) => ({ kind: resolved.kind, marker: token.marker })),
    cell.role,
    firstListedLeads,
  );
  return units.map(({ token, resolved, joined }, i): UnitMention => ({
    written: token.written,
    canonical: resolved.canonical,
    kind: resolved.kind,
    ...roles[i],
    column: cell.column,
    openEnded: token.openEnded,
    // A joined name is not in the directory but each of its parts is: known, and wrongly written.
    known: resolved.known,
    ...(joined ? { joined } : {}),
  }));
}
