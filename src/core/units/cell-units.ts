// The unit names of one responsibility cell, before any directory is consulted: the assignment
// grammar reads the list and its roles; here a shared 「各成员单位」 is given back to every committee
// of its clause and shared parts are distributed (「各区县党委、政府」).

import { parseAssignment } from '../text/assignment';
import type { UnitRole } from './unit';
import { foldWidth, removeSpacing } from '../text/normalise';

export interface UnitToken {
  /** The name as it stands in the cell, without 等 or a 牵头/配合 marker. */
  written: string;
  /** The name to resolve: `written`, or for 「安委会、防减救灾委各成员单位」 「安委会各成员单位」. */
  name: string;
  openEnded: boolean;
  /** What the cell says of it: 「X牵头」 (lead), 「X配合」 (support), 「X分工负责」 (shared: nobody leads by these words). */
  marker?: UnitRole | 'shared';
  clause: number;
}

/** 「安委会各成员单位」: the members of the committee named before. */
const MEMBERS_SUFFIX = /(?:各|相关|有关)?成员单位$/;
/** Committees (议事协调机构) whose members a shared suffix can mean: 安委会, 防减救灾委, 消安委…. */
const COMMITTEE = /(安委会?|[灾安]委(员会)?|安全生产委员会)$/;

/** 「安委会、防减救灾委各成员单位」: the suffix belongs to each committee listed before it. */
function shareMembersSuffix(tokens: UnitToken[]): void {
  tokens.forEach((token, i) => {
    const suffix = MEMBERS_SUFFIX.exec(token.name);
    if (!suffix || !COMMITTEE.test(removeSpacing(foldWidth(token.name.slice(0, suffix.index))))) return;
    for (let j = i - 1; j >= 0; j -= 1) {
      const before = tokens[j];
      if (before.clause !== token.clause || before.openEnded || !COMMITTEE.test(removeSpacing(foldWidth(before.name)))) break;
      before.name = before.name + suffix[0];
    }
  });
}

/** The organs of a place's government (「各区县党委、政府」): a bare one shares the place named before it. */
const ORGAN = /(?:人民政府|政府|党工委|党委|管委会|人大常委会|人大|政协|纪委监委|纪委)$/;
/** A place named alone (「甲区」) before 「乙区党工委、管委会」: it has the same organs. */
const PLACE = /^(?:各)?[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|街道)$/;

/**
 * 「各区县党委、政府」 → 各区县党委, 各区县政府; 「甲区、乙区党工委、管委会」 → 甲区党工委, 甲区管委会,
 * 乙区党工委, 乙区管委会. Only a bare organ, or a bare place followed by a place with organs, is
 * completed: 「县应急局、县政府」 and 「县委、县政府」 stay as written.
 */
function distributeSharedParts(tokens: UnitToken[]): UnitToken[] {
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1];
    const organ = ORGAN.exec(before.name);
    const place = organ ? before.name.slice(0, organ.index) : '';
    if (tokens[i].clause === before.clause && place !== '' && ORGAN.test(tokens[i].name) && ORGAN.exec(tokens[i].name)?.index === 0) {
      tokens[i] = { ...tokens[i], written: place + tokens[i].written, name: place + tokens[i].name };
    }
  }
  return tokens.flatMap((token, i) => {
    if (!PLACE.test(token.name) || ORGAN.test(token.name)) return [token];
    const organs = organsOfNextPlace(tokens.slice(i + 1).filter((t) => t.clause === token.clause));
    return organs.length === 0 ? [token] : organs.map((o) => ({ ...token, written: token.written + o, name: token.name + o }));
  });
}

/** The organs listed for the place named next: 「乙区党工委、乙区管委会」 → 党工委, 管委会. */
function organsOfNextPlace(after: UnitToken[]): string[] {
  const first = after[0] ? ORGAN.exec(after[0].name) : null;
  if (!first || first.index === 0) return [];
  const place = after[0].name.slice(0, first.index);
  const organs: string[] = [];
  for (const token of after) {
    const organ = ORGAN.exec(token.name);
    if (!organ || token.name.slice(0, organ.index) !== place) break;
    organs.push(organ[0]);
  }
  return organs;
}

export function readCellUnits(text: string): UnitToken[] {
  const tokens = parseAssignment(text).names.map(({ written, openEnded, role, clause }): UnitToken => ({
    written,
    name: written,
    openEnded,
    clause,
    ...(role && { marker: role }),
  }));
  shareMembersSuffix(tokens);
  return distributeSharedParts(tokens);
}
