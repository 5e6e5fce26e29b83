// Who leads and who supports, in the order of evidence: a 牵头/配合 column says it; else a
// 「X牵头」/「X配合」 in the cell; else, by the convention 「列第一位的为牵头单位」, the first
// unit of a 责任单位 cell leads, a group listed first included (「各镇街、县应急局」: 各镇街); a vague
// reference (有关部门) never leads by position. roleSource 'first-listed' says the lead was inferred.

import type { UnitKind, UnitMention, UnitRole } from './unit';

export type ResponsibilityRole = 'units' | 'lead' | 'support';

export function isResponsibilityRole(role: string): role is ResponsibilityRole {
  return role === 'units' || role === 'lead' || role === 'support';
}

type Assigned = Pick<UnitMention, 'role' | 'roleSource'>;

export function assignRoles(
  units: ReadonlyArray<{ kind: UnitKind; marker?: UnitRole | 'shared' }>,
  cellRole: ResponsibilityRole,
  firstListedLeads: boolean,
): Assigned[] {
  if (cellRole !== 'units') return units.map(() => ({ role: cellRole, roleSource: 'column' }));
  // Once the cell names its lead, the units it leaves unmarked are the supporting ones.
  if (units.some((u) => u.marker === 'lead')) {
    return units.map((u) => ({ role: u.marker === 'lead' ? 'lead' : 'support', roleSource: 'explicit' }));
  }
  // 「分工负责」「共同负责」 share the work: nobody leads by position among those names.
  // A vague reference leads by position only when nothing else is named (「责任单位：各有关单位」).
  const named = units.findIndex((u) => !u.marker && u.kind !== 'vague');
  const first = !firstListedLeads ? -1 : named >= 0 ? named : units.findIndex((u) => !u.marker);
  return units.map((u, i): Assigned => {
    if (u.marker) return { role: u.marker === 'shared' ? 'support' : u.marker, roleSource: 'explicit' };
    if (!firstListedLeads) return { role: 'support', roleSource: 'default' };
    return { role: i === first ? 'lead' : 'support', roleSource: 'first-listed' };
  });
}
