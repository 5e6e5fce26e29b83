// The audit: every rule, listed by hand one line each (a rule does not run until it is listed here),
// and the flags they find in reading order: document, table, row, column, code.

import { blankUnit } from './blank-unit';
import { collectiveOnly } from './collective-only';
import { deadline } from './deadline';
import type { Flag } from './flag';
import { joinedUnits } from './joined-units';
import { leadAndSupport } from './lead-and-support';
import { manyLeads } from './many-leads';
import { nameVariant } from './name-variant';
import { noLead } from './no-lead';
import { openEnded } from './open-ended';
import { repeatedUnit } from './repeated-unit';
import type { AuditInput, Rule } from './rule';
import { splitHeading } from './split-heading';
import { unknownUnit } from './unknown-unit';
import { vagueUnit } from './vague-unit';

export const RULES: readonly Rule[] = [
  blankUnit,
  repeatedUnit,
  openEnded,
  vagueUnit,
  collectiveOnly,
  joinedUnits,
  nameVariant,
  splitHeading,
  unknownUnit,
  noLead,
  manyLeads,
  leadAndSupport,
  deadline,
];

export function audit(input: AuditInput): Flag[] {
  return RULES.flatMap((rule) => rule.check(input)).sort(
    (a, b) =>
      a.document - b.document ||
      a.table - b.table ||
      a.row - b.row ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
