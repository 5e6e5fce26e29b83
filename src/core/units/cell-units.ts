// The unit names of one responsibility cell, before any directory is consulted: the list split,
// 「…等」 and 「A等B」 read, 「X牵头」/「X配合」 markers taken off, and a shared 「各成员单位」
// given back to every committee of its clause.

import type { UnitRole } from './unit';
import { unitKind } from './kind';
import { foldWidth, removeSpacing } from '../text/normalise';
import { splitCell } from './split';

export interface UnitToken {
  /** The name as it stands in the cell, without 等 or a 牵头/配合 marker. */
  written: string;
  /** The name to resolve: `written`, or for 「安委会、防减救灾委各成员单位」 「安委会各成员单位」. */
  name: string;
  openEnded: boolean;
  /** Set by 「X牵头」 (lead) or 「X配合」 (support), for X and the names listed with it. */
  marker?: UnitRole;
  clause: number;
}

const LEAD_MARKER = /(牵头负责|牵头|负责)$/;
const SUPPORT_MARKER = /(配合|协助|协办|参与)$/;
/** 「……等」, 「…等」 or a bare 「等」 closing a name: the list goes on. */
const OPEN_END = /(?:…+|\.{3,})?等$/;
/** The members of the committee named before: 各成员单位, 相关成员单位, 成员单位. */
const MEMBERS_SUFFIX = /(?:各|相关|有关)?成员单位$/;
/** Committees (议事协调机构) whose members a shared suffix can mean: 安委会, 防减救灾委, 消安委…. */
const COMMITTEE = /(安委会?|[灾安]委(员会)?|安全生产委员会)$/;

/** 「分工负责」「共同负责」「按职责分工负责」: everyone listed shares the work, so nobody leads by these words. */
const SHARED_DUTY = /(?:按职责)?(?:分工|共同|各自|分别)负责$|各负其责$|按职责分工$/;
/** 「县应急局（牵头）」: the role in brackets after the name. */
const BRACKETED_ROLE = /[（(](牵头(?:单位)?|负责|配合(?:单位)?|协办|协助|参与)[)）]$/;

function takeMarker(text: string): { rest: string; marker?: UnitRole } {
  const bracketed = BRACKETED_ROLE.exec(text);
  if (bracketed && bracketed.index > 0) {
    return { rest: text.slice(0, bracketed.index), marker: /^(牵头|负责)/.test(bracketed[1]) ? 'lead' : 'support' };
  }
  const shared = text.replace(SHARED_DUTY, '');
  if (shared !== text && shared !== '') return { rest: shared };
  const body = text.replace(/^由/, '');
  for (const [pattern, marker] of [[LEAD_MARKER, 'lead'], [SUPPORT_MARKER, 'support']] as const) {
    const rest = body.replace(pattern, '');
    if (rest !== body && rest !== '') return { rest, marker };
  }
  return { rest: text };
}

/** 「区应急局等区安委会相关成员单位」 → 区应急局 (open-ended) and 区安委会相关成员单位. */
function splitAtDeng(text: string): string[] {
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    const rest = text.slice(at + 1);
    if (rest !== '' && unitKind(rest) !== 'bureau') return [text.slice(0, at + 1), rest];
  }
  return [text];
}

function readToken(text: string, clause: number, marker: UnitRole | undefined): UnitToken {
  const before = text.replace(OPEN_END, '');
  const openEnded = before !== text && before !== '';
  const written = openEnded ? before : text;
  return { written, name: written, openEnded, marker, clause };
}

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

/** A marker covers the names listed before it in its clause (「县应急局、县公安局牵头」), not those after. */
function shareClauseMarkers(tokens: UnitToken[]): void {
  let marker: UnitRole | undefined;
  for (let i = tokens.length - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (i === tokens.length - 1 || tokens[i + 1].clause !== token.clause) marker = undefined;
    if (token.marker) marker = token.marker;
    else token.marker = marker;
  }
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
  const tokens = splitCell(text).flatMap(({ text: piece, clause }) => {
    const { rest, marker } = takeMarker(piece);
    return splitAtDeng(rest).map((part) => readToken(part, clause, marker));
  });
  shareMembersSuffix(tokens);
  shareClauseMarkers(tokens);
  return distributeSharedParts(tokens);
}
