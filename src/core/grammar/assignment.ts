// One grammar for every way a plan says who does a task: a 责任单位 cell, a 「牵头单位：」 line, the
// clause closing a paragraph (〔甲局牵头，各镇（街道）、有关单位分工负责〕) and the same words in prose
// (「由甲局承办，乙局协办」). Every reader calls it, so a form read in one place is read in all.
//
//   assignment := clause (CLAUSE_SEP clause)*
//   clause     := '由'? LABEL '：' names | '由'? names ROLE?
//   names      := name (LIST_SEP name)*          a name may carry its own （牵头） or ROLE, a * mark, 等
//
// Brackets nest; a separator inside them belongs to the name (「各镇（街道、社区）」). Full-width and
// ASCII punctuation are read alike, since web copies often carry , ( ) : ; for ，（）：；.

import { BRACKET_PAIRS, CLAUSE_SEPARATORS, JOINERS, LABELS, LEAD_MARKS, LIST_SEPARATORS, ROLE_WORDS, type LabelSense, type RoleWordSense } from '../text/lexicon';
import { unitKind } from '../units/kind';
import { nameShape } from '../units/recognise';

export type AssignedRole = 'lead' | 'support' | 'shared';

export interface AssignedName {
  /** As written, without role words, a lead mark, a bracketed role or a closing 等. */
  written: string;
  openEnded: boolean;
  /** What the text says of this name; undefined when it says nothing (a plain list). */
  role?: AssignedRole;
  /** Names of one clause share this number (「甲局牵头，乙局配合」: two clauses). */
  clause: number;
}

export interface Assignment {
  names: AssignedName[];
  /** Leaders named by a person label or title (责任领导：某副县长): never units. */
  persons: string[];
  /** The text said something of roles (a role word, a label or a mark), not just listed names. */
  marked: boolean;
}

const OPENERS = new Set(Object.keys(BRACKET_PAIRS));
const CLOSERS = new Set(Object.values(BRACKET_PAIRS));
const BY = /^(?:并|均|分别|统一)?由/;
const OPEN_END = /(?:…+|\.{3,})?等$/;
const BRACKETED_ROLE = /[（(]\s*(牵头单位|牵头|主责|负责|配合单位|配合|协办|协助|参与)\s*[)）]$/;
const LEAD_MARK = new RegExp(`^[${LEAD_MARKS}]+\\s*`);

/** Splits at top-level separators, never inside brackets. */
export function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPENERS.has(char)) depth += 1;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The text inside a bracket pair that encloses all of it (「〔甲局牵头〕」 → 「甲局牵头」), else the text. */
export function unwrap(text: string): string {
  let inner = text.trim();
  for (;;) {
    const close = BRACKET_PAIRS[inner.charAt(0)];
    if (!close || !inner.endsWith(close) || matchingClose(inner, 0) !== inner.length - 1) return inner;
    inner = inner.slice(1, -1).trim();
  }
}

/** Where the bracket opened at `at` closes, counting nested brackets of any kind; -1 if never. */
export function matchingClose(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    if (OPENERS.has(text[i])) depth += 1;
    else if (CLOSERS.has(text[i])) {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function labelAt(clause: string): { sense: LabelSense; rest: string } | undefined {
  for (const [label, sense] of LABELS) {
    if (!clause.startsWith(label)) continue;
    const after = clause.slice(label.length).trimStart();
    if (after.startsWith('：') || after.startsWith(':')) return { sense, rest: after.slice(1).trim() };
  }
  return undefined;
}

function roleWordAtEnd(text: string): { sense: RoleWordSense; rest: string } | undefined {
  for (const [word, sense] of ROLE_WORDS) {
    if (text.length > word.length && text.endsWith(word)) return { sense, rest: text.slice(0, -word.length).trim() };
  }
  return undefined;
}

const SENSE_ROLE: Record<Exclude<RoleWordSense, 'responsible'>, AssignedRole> = { lead: 'lead', support: 'support', shared: 'shared' };

/** 「县应急局及县公安局」, 「县委和县政府」, 「县应急局 县公安局」: cut where a whole name ends; never inside 住房和城乡建设局. */
function splitJoined(text: string): string[] {
  const joiners = new RegExp(`\\s+|${JOINERS.join('|')}`, 'g');
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(joiners)) {
    const at = match.index ?? 0;
    const before = text.slice(start, at).trim();
    const after = text.slice(at + match[0].length).trim();
    if (before === '' || after === '' || depthAt(text, at) > 0 || nameShape(before) !== 'unit') continue;
    parts.push(before);
    start = at + match[0].length;
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== '');
}

function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (OPENERS.has(char)) depth += 1;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** One name of a list with what it says of itself: 「*甲局」, 「甲局（牵头）」, 「甲局牵头」, 「乙局等」. */
function readName(text: string, clause: number): { name: AssignedName; responsible: boolean; marked: boolean } | undefined {
  let written = text.trim();
  let role: AssignedRole | undefined;
  let responsible = false;
  if (LEAD_MARK.test(written)) {
    written = written.replace(LEAD_MARK, '');
    role = 'lead';
  }
  const bracketed = BRACKETED_ROLE.exec(written);
  if (bracketed && bracketed.index > 0) {
    written = written.slice(0, bracketed.index).trim();
    role = /^(牵头|主责|负责)/.test(bracketed[1]) ? 'lead' : 'support';
  }
  const openEnded = OPEN_END.test(written) && written.replace(OPEN_END, '') !== '';
  if (openEnded) written = written.replace(OPEN_END, '').trim();
  const word = role ? undefined : roleWordAtEnd(written);
  if (word && nameShape(word.rest) === 'unit') {
    written = word.rest;
    if (word.sense === 'responsible') responsible = true;
    else role = SENSE_ROLE[word.sense];
  }
  if (written === '') return undefined;
  return { name: { written, openEnded, clause, ...(role && { role }) }, responsible, marked: role !== undefined || responsible };
}

/** 「区应急局等区安委会相关成员单位」: 区应急局 (open-ended) and 区安委会相关成员单位. */
function splitAtDeng(text: string): string[] {
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    const rest = text.slice(at + 1);
    if (rest !== '' && depthAt(text, at) === 0 && unitKind(rest) !== 'bureau') return [text.slice(0, at + 1), rest];
  }
  return [text];
}

/** Reads any assignment text. Names keep their order; roles are only what the text says. */
export function parseAssignment(text: string): Assignment {
  const names: AssignedName[] = [];
  const persons: string[] = [];
  let marked = false;
  splitTopLevel(unwrap(text), CLAUSE_SEPARATORS + '。').forEach((raw, clause) => {
    let body = unwrap(raw).replace(BY, '').trim();
    let clauseRole: AssignedRole | undefined;
    let responsible = false;
    const label = labelAt(body);
    if (label) {
      marked = true;
      if (label.sense === 'person') {
        persons.push(...splitTopLevel(label.rest, LIST_SEPARATORS + '，,'));
        return;
      }
      body = label.rest;
      clauseRole = label.sense === 'units' ? undefined : label.sense;
    } else {
      // A role word closing the clause speaks for every name before it (「甲局、乙局牵头落实」).
      const word = roleWordAtEnd(body);
      if (word && word.rest !== '' && !/[、/／]$/.test(word.rest)) {
        const lastName = splitTopLevel(word.rest, LIST_SEPARATORS).pop() ?? '';
        if (nameShape(lastName.replace(BY, '')) !== 'other' || nameShape(word.rest) !== 'other') {
          marked = true;
          body = word.rest.replace(BY, '').trim();
          if (word.sense === 'responsible') responsible = true;
          else clauseRole = SENSE_ROLE[word.sense];
        }
      }
    }
    const read = splitTopLevel(body, LIST_SEPARATORS)
      .flatMap(splitJoined)
      .flatMap(splitAtDeng)
      .map((piece) => readName(piece, clause))
      .filter((r) => r !== undefined);
    const clauseNames: AssignedName[] = [];
    for (const { name, responsible: own, marked: ownMark } of read) {
      marked ||= ownMark;
      if (nameShape(name.written) === 'person') persons.push(name.written);
      else clauseNames.push(own && read.length === 1 ? { ...name, role: 'lead' } : name);
    }
    shareClauseRoles(clauseNames, clauseRole, responsible);
    names.push(...clauseNames);
  });
  return { names, persons, marked };
}

/**
 * A role closing the clause covers its unmarked names; a name's own role word covers the unmarked
 * names listed before it (「甲局、乙局牵头，丙局配合」, 「甲局、乙局牵头、丙局配合」). 负责 after one
 * name makes it the lead; after several it says nothing of who leads.
 */
function shareClauseRoles(names: AssignedName[], clauseRole: AssignedRole | undefined, responsible: boolean): void {
  let role = clauseRole ?? (responsible && names.length === 1 ? 'lead' : undefined);
  for (let i = names.length - 1; i >= 0; i -= 1) {
    if (names[i].role) role = names[i].role;
    else if (role) names[i] = { ...names[i], role };
  }
}
