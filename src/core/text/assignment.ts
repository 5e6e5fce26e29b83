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

import { BRACKET_PAIRS, CLAUSE_SEPARATORS, JOINERS, LABELS, LEAD_MARKS, LIST_SEPARATORS, ROLE_WORDS, type LabelSense, type RoleWordSense } from './lexicon';
import { isReference, nameShape } from './name-shape';

export type AssignedRole = RoleWordSense;

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
/** 「由」 and what may open its clause: 「此项工作由」「该项整治由」「上述问题均由」「应由」; a request, 「请市文明办协调解决」. */
const BY = /^(?:(?:(?:此项|该项|这项|以上|上述|这些)[\u4e00-\u9fff]{0,4}?|应)?(?:并|均|分别|统一)?由|请)/;
const OPEN_END = /(?:…+|\.{3,})?等$/;
const BRACKETED_ROLE = /[（(]\s*(牵头单位|牵头|主责|负责|配合单位|配合|协办|协助|参与)\s*[)）]$/;
const LEAD_MARK = new RegExp(`^[${LEAD_MARKS}]+\\s*`);
/** A space, or 及/和/与 not starting 「及其」, between two names. */
const JOINER = new RegExp(`\\s+|(?:${JOINERS.join('|')})(?!其)`, 'g');
const TRAILING_NOTE = /[（(]([^（()）]*)[)）]$/;
/** The longest name of no organ's shape a label vouches for (「征地指挥部」, 「仁兴」). */
const LABELLED_LONGEST = 6;
/** A body's part in the task before its name, the name opening with its level: 「包片单位」 in 「包片单位县文广局」. */
const DESCRIBED = /^[\u4e00-\u9fff]{1,4}(?:单位|部门)(?=[省市县区乡镇])/;

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

/** The names of a list as written (a 单位名录 cell of aliases or members): cut at every separator and
 *  joiner between whole names, never inside brackets, nothing else taken off. */
export function splitNames(text: string): string[] {
  return splitTopLevel(text, LIST_SEPARATORS + CLAUSE_SEPARATORS).flatMap(splitJoined);
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

/** 分管省领导, 牵头市领导, 联系县领导: a label that names a leader, whatever office it names. */
export const PERSON_LABEL = /^([\u4e00-\u9fff]{0,6}(?:领导|责任人|联系人))\s*[:：]/;

function labelAt(clause: string): { sense: LabelSense; rest: string } | undefined {
  const person = PERSON_LABEL.exec(clause);
  if (person) return { sense: 'person', rest: clause.slice(person[0].length).trim() };
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


/** 「县应急局及县公安局」, 「县委和县政府」, 「县应急局 县公安局」: cut where a whole name ends; never inside 住房和城乡建设局. */
function splitJoined(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(JOINER)) {
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
function readName(text: string, clause: number): { name: AssignedName; marked: boolean } | undefined {
  let written = text.trim();
  let role: AssignedRole | undefined;
  if (LEAD_MARK.test(written)) {
    written = written.replace(LEAD_MARK, '');
    role = 'lead';
  }
  const bracketed = BRACKETED_ROLE.exec(written);
  if (bracketed && bracketed.index > 0) {
    written = written.slice(0, bracketed.index).trim();
    role = /^(牵头|主责|负责)/.test(bracketed[1]) ? 'lead' : 'support';
  }
  // A note in brackets after the last name (「工商联（列第一位者为牵头单位，下同）」) is not part of it.
  const note = TRAILING_NOTE.exec(written);
  if (note && note.index > 0 && nameShape(note[1]) === 'prose') written = written.slice(0, note.index).trim();
  const openEnded = OPEN_END.test(written) && written.replace(OPEN_END, '') !== '';
  if (openEnded) written = written.replace(OPEN_END, '').trim();
  const word = role ? undefined : roleWordAtEnd(written);
  if (word && nameShape(word.rest) === 'unit') {
    written = word.rest;
    role = word.sense;
  }
  // 「包片单位县文广局」「责任部门市民政局」: what the body is to the task, then its name.
  const described = DESCRIBED.exec(written);
  if (described && nameShape(written.slice(described[0].length)) === 'unit') written = written.slice(described[0].length);
  if (written === '') return undefined;
  return { name: { written, openEnded, clause, ...(role && { role }) }, marked: role !== undefined };
}

/** 「区应急局等区安委会相关成员单位」: 区应急局 (open-ended) and 区安委会相关成员单位. */
function splitAtDeng(text: string): string[] {
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    const rest = text.slice(at + 1);
    // 「区水务局等部门」: a bare class noun after 等 only says what kind the list was.
    if (/^(?:部门|单位|机构|方面|有关方面)$/.test(rest)) return [text.slice(0, at + 1)];
    if (rest !== '' && depthAt(text, at) === 0 && isReference(rest)) return [text.slice(0, at + 1), rest];
  }
  return [text];
}

interface ClauseReading {
  /** The clause as written (its 由, label and role word included). */
  text: string;
  names: AssignedName[];
  persons: string[];
  marked: boolean;
  /** Every name has a unit's shape: the clause is a list of units, not a sentence. */
  unitsOnly: boolean;
}

function readClause(raw: string, clause: number): ClauseReading {
  let body = unwrap(raw).replace(BY, '').trim();
  let clauseRole: AssignedRole | undefined;
  let marked = false;
  const label = labelAt(body);
  if (label) {
    marked = true;
    if (label.sense === 'person') return { text: raw, names: [], persons: splitTopLevel(label.rest, LIST_SEPARATORS + '，,'), marked, unitsOnly: true };
    body = label.rest.replace(BY, '').trim();
    clauseRole = label.sense === 'units' ? undefined : label.sense;
  }
  // A role word closing the clause speaks for every name before it (「甲局、乙局牵头落实」).
  const word = roleWordAtEnd(body);
  if (word && word.rest !== '' && !/[、/／]$/.test(word.rest)) {
    const lastName = splitTopLevel(word.rest, LIST_SEPARATORS).pop() ?? '';
    if (['unit', 'person'].includes(nameShape(lastName.replace(BY, ''))) || ['unit', 'person'].includes(nameShape(word.rest))) {
      marked = true;
      body = word.rest.replace(BY, '').trim();
      clauseRole ??= word.sense;
    }
  }
  const read = splitTopLevel(body, LIST_SEPARATORS)
    .flatMap(splitJoined)
    .flatMap(splitAtDeng)
    .map((piece) => readName(piece, clause))
    .filter((r) => r !== undefined);
  const names: AssignedName[] = [];
  const persons: string[] = [];
  let prose = false;
  for (const { name, marked: ownMark } of read) {
    marked ||= ownMark;
    const shape = nameShape(name.written);
    if (shape === 'person') persons.push(name.written);
    else if (shape === 'prose') prose = true;
    else names.push(name);
  }
  const completed = completeSharedParts(names);
  shareClauseRoles(completed, clauseRole);
  // Under a label (「责任单位：仁兴、征地中心」) the document says these are units, whatever their shape, as
  // long as they are short enough to be a body's name written short, not words of a sentence.
  const named = (n: AssignedName): boolean => nameShape(n.written) === 'unit' || (label !== undefined && n.written.length <= LABELLED_LONGEST);
  return { text: raw, names: completed, persons, marked, unitsOnly: !prose && completed.every(named) };
}

function clausesOf(text: string): ClauseReading[] {
  return splitTopLevel(unwrap(text), CLAUSE_SEPARATORS + '。').map(readClause);
}

/** 「列第一位的为牵头部门」: the document says the first name listed leads, whatever the role words say. */
const FIRST_LEADS = /(?:列|排)(?:在)?(?:第一|首)位(?:的|者)?(?:为|是)牵头/;

function assignmentOf(clauses: ClauseReading[]): Assignment {
  const names = clauses.flatMap((c) => c.names);
  if (clauses.some((c) => FIRST_LEADS.test(c.text))) {
    const first = names.findIndex((n) => n.role === 'lead');
    names.forEach((n, i) => {
      if (n.role === 'lead' && i !== first) names[i] = { ...n, role: 'support' };
    });
  }
  return {
    names,
    persons: clauses.flatMap((c) => c.persons),
    marked: clauses.some((c) => c.marked),
  };
}

/** Reads any assignment text, as a 责任单位 cell holds it. Names keep their order; roles are only what the text says. */
export function parseAssignment(text: string): Assignment {
  return assignmentOf(clausesOf(text));
}

/**
 * Reads text from the body of a document, where an assignment must prove itself: only clauses whose
 * every name has a unit's shape count (「具体任务均涉及相关市（州）人民政府，不再做分工」 does not), and
 * the text must say something of roles — or, where the place says it is an assignment (a bracket
 * closing the paragraph: 「……。（市人社局、市财政局）」), be nothing but unit names. `text` is what
 * counted, clause by clause.
 */
export function bodyAssignment(text: string, { marksRequired = true } = {}): { text: string; assignment: Assignment } | undefined {
  // A note that the first-listed leads (「列第一位的为牵头部门」) travels with the clauses it governs.
  const clauses = clausesOf(text);
  const kept = clauses.filter((c) => assigns(c) || FIRST_LEADS.test(c.text));
  const assignment = assignmentOf(kept);
  if ((marksRequired && !assignment.marked) || assignment.names.length === 0) return undefined;
  if (!assignment.marked && kept.length !== clauses.length) return undefined;
  return { text: kept.map((c) => c.text).join('；'), assignment };
}

/** 「市政府各部门、各直属机构」: the body that owns the first class of units owns the next ones too. */
function shareOwner(names: AssignedName[]): void {
  let owner = '';
  names.forEach((name, i) => {
    if (owner !== '' && /^各.*(?:部门|机构|单位)$/.test(name.written)) {
      names[i] = { ...name, written: owner + name.written };
      return;
    }
    const owned = /^(.+?)各.*(?:部门|机构|单位)$/.exec(name.written);
    owner = owned && nameShape(owned[1]) === 'unit' ? owned[1] : '';
  });
}

/** Any role word or label at all: the cheap test before a clause is read. */
const ANY_ROLE = new RegExp([...ROLE_WORDS.map(([w]) => w), ...LABELS.map(([l]) => l)].join('|'));

/** Text that says something of roles: a role word or a label somewhere in it. */
export const mentionsRole = (text: string): boolean => ANY_ROLE.test(text);

const assigns = (c: ClauseReading): boolean => c.unitsOnly && c.names.length + c.persons.length > 0;

/** A clause that is a list of unit names or leaders, with or without role words (「由某副市长负责」, 「乙局配合」). */
export function isAssigningClause(text: string): boolean {
  const clauses = clausesOf(text);
  return clauses.length > 0 && clauses.every(assigns);
}

/** Text that is nothing but an assignment: every clause a list of unit names (or leaders), with or without role words. */
export function isAssignmentText(text: string): boolean {
  const clauses = clausesOf(text.replace(/[。；;]+$/, ''));
  return clauses.length > 0 && clauses.every(assigns) && clauses.some((c) => c.names.length > 0);
}

/** The level words a list shares its name with (「省、中直负有安全生产监管职责的部门」). */
const LEVEL_WORD = /^(?:省直|市直|县直|区直|中直|省|市|县|区|乡|镇)/;

/**
 * Names that share their ends (「各行业主管、监管部门」 → 各行业主管部门, 各行业监管部门;
 * 「相关金融、保险部门」; 「省、中直负有…的部门」): an incomplete name borrows the next name's tail,
 * and the next name the incomplete one's head, the differing words being of one length.
 */
function completeSharedParts(names: AssignedName[]): AssignedName[] {
  const out = [...names];
  shareOwner(out);
  // 「各县、市、区政府」, 「省、中直负有……的部门」: bare levels share the last one's organ (and a leading 各).
  const bareLevel = (name: string): boolean => LEVEL_WORD.exec(name.replace(/^各/, ''))?.[0] === name.replace(/^各/, '');
  for (let i = out.length - 2; i >= 0; i -= 1) {
    const short = out[i].written;
    const next = out[i + 1].written;
    if (out[i].openEnded || nameShape(next) !== 'unit') continue;
    if (bareLevel(short)) {
      const tail = next.replace(/^各/, '').replace(LEVEL_WORD, '');
      if (tail === next.replace(/^各/, '') || tail.length < 2) continue;
      out[i] = { ...out[i], written: short + tail };
      continue;
    }
    if (nameShape(short) === 'unit' || short.length < 2 || short.length > 8) continue;
    const head = short.slice(0, -2);
    const tail = next.slice(2);
    if (tail.length < 2 || (head !== '' && next.startsWith(head))) continue;
    out[i + 1] = { ...out[i + 1], written: head + next };
    out[i] = { ...out[i], written: short + tail };
    if (nameShape(out[i].written) !== 'unit') return names;
  }
  // A leading 各 speaks for every level of the run: 各县政府, 各市政府, 各区政府.
  for (let i = 0; i < out.length - 1; i += 1) {
    if (!names[i].written.startsWith('各') || !bareLevel(names[i].written)) continue;
    for (let j = i + 1; j < out.length && LEVEL_WORD.test(names[j].written) && !names[j].written.startsWith('各'); j += 1) {
      out[j] = { ...out[j], written: `各${out[j].written}` };
      if (!bareLevel(names[j].written)) break;
    }
  }
  return out;
}

/**
 * A role closing the clause covers its unmarked names; a name's own role word covers the unmarked
 * names listed before it (「甲局、乙局牵头，丙局配合」, 「甲局、乙局牵头、丙局配合」).
 */
function shareClauseRoles(names: AssignedName[], clauseRole: AssignedRole | undefined): void {
  let role = clauseRole;
  for (let i = names.length - 1; i >= 0; i -= 1) {
    if (names[i].role) role = names[i].role;
    else if (role) names[i] = { ...names[i], role };
  }
}
