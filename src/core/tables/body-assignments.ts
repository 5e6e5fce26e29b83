// Plans with no appendix table assign their tasks in the body text, in three ways, all read by the
// one assignment grammar (core/grammar/assignment.ts):
//   · a clause in brackets after a task, 「……。〔县应急局牵头，县公安局、各镇（街道）分工负责〕」, one or
//     several in a paragraph, each closing the task written before it;
//   · the same words closing the paragraph's last sentence, 「……，由县应急局承办，县公安局协办。」;
//   · list form: a task followed by lines 「牵头单位：…」「配合单位：…」「部门分工：甲局牵头，乙局配合」
//     「完成时限：…」 (several such fields may also stand in one line).
// They become one RawTable whose title says it came from the body text, one row per task, positioned
// at the task's paragraph, so every later stage treats them as table rows.

import { bodyAssignment, isAssigningClause, matchingClose, mentionsRole, parseAssignment, PERSON_LABEL, splitTopLevel, type Assignment } from '../text/assignment';
import { warning, type Result, success } from '../result';
import { CONTENT_LABELS, DEADLINE_LABELS, LABELS } from '../text/lexicon';
import { isReference, nameShape } from '../text/name-shape';
import type { Column, RawRow, RawTable, SourcePosition } from './raw-table';
import { isSectionLine, SECTION_NUMBER } from '../text/section-heading';

export const BODY_TABLE_TITLE = '正文中的分工（由正文段落读出）';

type Field = 'lead' | 'support' | 'units' | 'persons' | 'deadline' | 'inherited';

interface BodyTask {
  position: SourcePosition;
  seq: string;
  group: string;
  content: string;
  fields: Partial<Record<Field, string>>;
}

const COLUMNS: ReadonlyArray<{ key: 'seq' | 'group' | 'content' | Field; column: Column }> = [
  { key: 'seq', column: { label: '序号', role: 'seq' } },
  { key: 'group', column: { label: '名称', role: 'group' } },
  { key: 'content', column: { label: '内容', role: 'content' } },
  { key: 'deadline', column: { label: '完成时限', role: 'deadline' } },
  { key: 'lead', column: { label: '牵头单位', role: 'lead' } },
  { key: 'units', column: { label: '责任单位', role: 'units' } },
  { key: 'support', column: { label: '配合单位', role: 'support' } },
  { key: 'persons', column: { label: '责任领导', role: 'other' } },
  { key: 'inherited', column: { label: '统一注明的单位', role: 'support', inherited: true } },
];

/** 「以下各项工作均需各区县具体落实，不再注明」: units for every later task, until another such sentence. */
const INHERITED = /(?:以下|下列|下述).*?(?:均需|均由|都由|都需|均要|需要|由)(.+?)(?:具体|负责|抓好|组织)*(?:落实|负责|实施|承担)[^。]*不再(?:一一)?(?:注明|列出|标注|列明)/;
/** 「一、强化责任落实」: a section of the plan, not a task. */
const SECTION = /^[一二三四五六七八九十]+、/;
/** An item numbered 「1、」「1.」, or 「（一）」 when it is more than a short heading: the paragraphs under it, up to
 *  the one that assigns, are its own. */
const ITEM_NUMBER = /^\s*\d+[.．、](?!\d)/;
/** A task's own number: 「（一）」「(1)」「1.」「1、」「1．」「第一，」. */
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+[，,、])\s*/;

const FIELD_LABELS: ReadonlyArray<readonly [string, Field | 'assignment' | 'content']> = [
  ...LABELS.map(([label]) => [label, 'assignment'] as const),
  ...DEADLINE_LABELS.map((label) => [label, 'deadline'] as const),
  ...CONTENT_LABELS.map((label) => [label, 'content'] as const),
].sort((a, b) => b[0].length - a[0].length);

/** The label a field line starts with (「牵头单位：」), with its kind and the text after it. */
function fieldOf(segment: string): { kind: Field | 'assignment' | 'content'; label: string; rest: string } | undefined {
  for (const [label, kind] of FIELD_LABELS) {
    if (!segment.startsWith(label)) continue;
    const after = segment.slice(label.length).trimStart();
    if (after.startsWith('：') || after.startsWith(':')) return { kind, label, rest: after.slice(1).trim() };
  }
  // 分管省领导, 牵头市领导: a leader's label, whatever office it names.
  const person = PERSON_LABEL.exec(segment);
  return person ? { kind: 'assignment', label: person[1], rest: segment.slice(person[0].length).trim() } : undefined;
}

/**
 * A line holding several paragraphs or fields, as web copies flatten them (「…以上。 大力推进…建设
 * 工作措施：… 部门分工：…」): cut after a full stop followed by a space, before each label that
 * follows a space or a full stop, and before a numbered item after a space; never inside brackets, where 「（牵头单位：甲局；配合单位：乙局）」 is one clause.
 */
function segmentsOf(line: string): string[] {
  const cuts = [0];
  let depth = 0;
  for (let at = 1; at < line.length; at += 1) {
    const before = line[at - 1];
    if ('（(〔【［['.includes(before)) depth += 1;
    else if ('）)〕】］]'.includes(before)) depth = Math.max(0, depth - 1);
    if (depth > 0 || !/[\s。；;]/.test(before)) continue;
    // 「……。 由市卫生局牵头，……」 goes on with the sentence before it; other text after 「。 」 is a new paragraph.
    const fullStop = /\s/.test(line[at]) && /[。；;]/.test(before) && !line.slice(at).trimStart().startsWith('由');
    // 「整改时限:2021年8月13日前 1.员工食堂……」: a numbered item after a field's value starts anew.
    const item = /\s/.test(before) && ITEM_NUMBER.test(line.slice(at)) && !/\s/.test(line[at]);
    // 「整改时限:2021年8月13日前 操作间存在鼠粪……」: a deadline's value ends at its date.
    const field = /\s/.test(before) && !/\s/.test(line[at]) ? fieldOf(line.slice(cuts[cuts.length - 1], at).trim()) : undefined;
    const dated = field?.kind === 'deadline' && /(?:前|底|日|止)$/.test(field.rest);
    if (fullStop || item || dated || fieldOf(line.slice(at)) !== undefined) cuts.push(at);
  }
  return cuts.map((from, i) => line.slice(from, cuts[i + 1]).trim()).filter((s) => s !== '');
}

/** The column a labelled line goes to: 牵头单位 → 牵头单位, 配合单位 → 配合单位, a leader → 责任领导,
 *  the rest (责任单位, 部门分工：甲局牵头，乙局配合) → 责任单位, whose cell the grammar reads for roles. */
function fieldColumn(label: string): Field {
  const sense = LABELS.find(([l]) => l === label)?.[1] ?? 'person';
  return sense === 'person' ? 'persons' : sense;
}

/** Where the paragraph at a 0-based index stands: a text file's line, a .docx/HTML body paragraph. */
export type ParagraphPosition = (index: number) => SourcePosition;

const LINE_OF: ParagraphPosition = (index) => ({ kind: 'line', line: index + 1 });

function numbered(text: string): { seq: string; rest: string } {
  const match = NUMBERED.exec(text);
  return match ? { seq: match[0].trim(), rest: text.slice(match[0].length).trim() } : { seq: '', rest: text.trim() };
}

/** Tasks each closed by a bracketed assignment: 「任务一。（甲局牵头）任务二。〔乙局负责〕」. */
function bracketedTasks(text: string): { tasks: Array<{ content: string; units: string }>; rest: string } {
  const tasks: Array<{ content: string; units: string }> = [];
  let from = 0;
  for (let at = 0; at < text.length; at += 1) {
    const close = '（(〔【［['.includes(text[at]) ? matchingClose(text, at) : -1;
    if (close < 0) continue;
    // A bracket closing the paragraph may list its units plainly (「……。（市人社局、市财政局）」).
    const closesParagraph = /^[。；;.\s]*$/.test(text.slice(close + 1));
    const read = bodyAssignment(text.slice(at + 1, close), { marksRequired: !closesParagraph });
    if (read) {
      tasks.push({ content: text.slice(from, at).trim(), units: read.text });
      from = close + 1;
      while (from < text.length && /[。；;，,\s]/.test(text[from])) from += 1;
    }
    at = close;
  }
  return { tasks, rest: text.slice(from).trim() };
}

const CLOSING_CLAUSES = 6;

/** 「……工作，由县应急局牵头，县公安局配合。」: the clauses closing the last sentence that assign it. */
function closingClauses(text: string): { content: string; units: string } | undefined {
  const body = text.replace(/[。；;\s]+$/, '');
  const sentenceStart = body.lastIndexOf('。') + 1;
  const sentence = body.slice(sentenceStart);
  const clauses = splitTopLevel(sentence, '，,；;');
  // A closing assignment ends with its role word (「……，乙局配合」): without one, there is none to read.
  if (clauses.length === 0 || !mentionsRole(clauses[clauses.length - 1])) return undefined;
  // The clauses that assign, counted back from the end: an assignment closing a sentence is a few
  // clauses long, so a longer run is the sentence itself.
  let k = clauses.length;
  while (k > 0 && clauses.length - k < CLOSING_CLAUSES && isAssigningClause(clauses[k - 1])) k -= 1;
  if (k === clauses.length) return undefined;
  const suffix = clauses.slice(k);
  const read = bodyAssignment(suffix.join('；'));
  if (!read) return undefined;
  const at = sentence.indexOf(suffix[0]);
  return { content: (body.slice(0, sentenceStart) + sentence.slice(0, at)).replace(/[，,；;\s]+$/, '').trim(), units: read.text };
}

/** The clauses of a sentence from `from` on that assign, as long as each does (「由甲局牵头，乙局配合」); a
 *  leader's clause before them (「由某副市长负责，甲局牵头，……」) names no unit and does not end the run. */
function assigningClauses(sentence: string): string | undefined {
  const clauses = splitTopLevel(sentence, '，,；;');
  const kept: string[] = [];
  for (const [i, clause] of clauses.entries()) {
    const read = bodyAssignment(clause);
    if (read) kept.push(read.text);
    else if (i > 0 || !namesLeaderOnly(clause)) break;
  }
  return kept.length > 0 ? kept.join('；') : undefined;
}

/** 「由杨志武副市长负责」: a clause whose only bearer is a person. */
function namesLeaderOnly(clause: string): boolean {
  const { names, persons } = parseAssignment(clause);
  return names.length === 0 && persons.length > 0;
}

/** A duty's bearer is named, not described: 「省卫生厅」, 「武警河北总队」. */
const BEARER_LONGEST = 16;

/** Role verbs that open a duty after its bearer: 「省卫生厅负责…」「省国资委协调…」「县住建局督促商户…」「武警总队参与…」. */
const DUTY_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['牵头负责', '牵头'],
  ['负责', '负责'],
  ['牵头', '牵头'],
  ['协调', '负责'],
  ['督促', '负责'],
  ['会同', '牵头'],
  ['配合', '配合'],
  ['协助', '协助'],
  ['参与', '参与'],
];

/**
 * An assignment inside a sentence: 「……工作由省教育厅牵头负责，……」 (由 with a list of units and its
 * role word), or a duty whose bearer opens the paragraph, 「省卫生厅负责医疗队伍……」. The whole
 * paragraph is the task.
 */
function inSentence(text: string): { content: string; units: string } | undefined {
  for (let at = text.indexOf('由'); at >= 0; at = text.indexOf('由', at + 1)) {
    const end = text.slice(at).search(/[。；;]/);
    const units = assigningClauses(text.slice(at, end < 0 ? undefined : at + end)) ?? dutyOf(text.slice(at + 1));
    if (units) return { content: text, units };
  }
  const units = namedBearer(text) ?? dutyOf(text);
  return units ? { content: text, units } : undefined;
}

/** Every name read has a unit's shape: in running text nothing less proves an assignment. */
const namesUnitsOnly = (assignment: Assignment): boolean => assignment.names.every((n) => nameShape(n.written) === 'unit');

/** 「华声小区的责任单位是市人社局」「其责任单位为海城区政府」: a label said with 是/为 instead of a colon. */
const LABEL_IS = /(责任单位|责任部门|牵头单位|牵头部门|主责单位|整改责任单位)(?:是|为)/g;

function namedBearer(text: string): string | undefined {
  for (const match of text.matchAll(LABEL_IS)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    const end = after.search(/[，,。；;\s]/);
    const read = bodyAssignment(`${match[1]}：${end < 0 ? after : after.slice(0, end)}`);
    if (read && namesUnitsOnly(read.assignment)) return read.text;
  }
  return undefined;
}

/** The bearers opening `text` before the verb of their duty (「县住建局督促商户更换」): the assignment read from them. */
function dutyOf(text: string): string | undefined {
  const head = text.slice(0, 40);
  for (let cut = head.length - 2; cut >= 2; cut -= 1) {
    const verb = DUTY_VERBS.find(([word]) => head.startsWith(word, cut));
    const bearer = head.slice(0, cut);
    if (!verb || /\d/.test(bearer) || splitTopLevel(bearer, '、').some((name) => name.length > BEARER_LONGEST || nameShape(name) !== 'unit')) continue;
    const read = bodyAssignment(bearer + verb[1]);
    if (read && namesUnitsOnly(read.assignment)) return read.text;
  }
  return undefined;
}

/** A paragraph a copy hard-wrapped mid-sentence (「……重点实验室建」 / 「设（牵头单位：市科技局）。」) is one paragraph again. */
const WRAPPED_LONGEST = 30;
/** Lines shorter than this say nothing of the width a copy wrapped at. */
const LONG_LINE = 16;

/**
 * The width a PDF or a fixed-width copy wrapped its lines at: the most common length of its long lines,
 * when a quarter of them (and at least four) have it within two characters. Undefined for a copy whose
 * paragraphs are each one line.
 */
function wrapWidth(lines: readonly string[]): number | undefined {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length >= LONG_LINE);
  let best: { width: number; count: number } | undefined;
  for (const width of new Set(lengths)) {
    const count = lengths.filter((length) => Math.abs(length - width) <= 2).length;
    if (!best || count > best.count) best = { width, count };
  }
  return best && best.count >= 4 && best.count * 4 >= lengths.length ? best.width : undefined;
}

function paragraphsOf(lines: readonly string[]): Array<{ text: string; index: number }> {
  const paragraphs: Array<{ text: string; index: number }> = [];
  const width = wrapWidth(lines);
  // A line as long as the copy's width ran on into the next, even one that opens with its number.
  const full = (text: string): boolean => width !== undefined && text.length >= width - 3;
  let last: { text: string; index: number } | undefined;
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') {
      last = undefined;
      return;
    }
    const wrapped =
      last !== undefined &&
      (full(last.text) || (last.text.length >= WRAPPED_LONGEST && !SECTION_NUMBER.test(last.text))) &&
      // A line that closes with a field (「… 责任单位:县卫生健康局」) is whole, however long.
      fieldOf(segmentsOf(last.text).pop() ?? '') === undefined &&
      !/[。；;：:！!？?）)】〕]$/.test(last.text) &&
      !SECTION_NUMBER.test(text) &&
      !NUMBERED.test(text) &&
      fieldOf(text) === undefined;
    if (wrapped && last) last.text += text;
    else {
      last = { text, index };
      paragraphs.push(last);
    }
  });
  return paragraphs;
}

/**
 * A heading that names who does what follows: 「（三）省编办牵头的工作」「一、县示范区管委会牵头工作（8项）」,
 * or a duty list's heading that is the bearer's name alone, 「（一）市民政局」 over 「1.负责……」.
 */
function headingUnits(segment: string): string | undefined {
  if (!isSectionLine(segment) || /[。；;]$/.test(segment)) return undefined;
  const words = segment.replace(SECTION_NUMBER, '').replace(/[（(]\d+项[)）]$/, '').trim();
  if (/工作$/.test(words)) return bodyAssignment(words.replace(/的?工作$/, ''))?.text;
  return nameShape(words) === 'unit' && !isReference(words) ? bodyAssignment(`${words}负责`)?.text : undefined;
}

/** The body's tasks as one table (none when no paragraph assigns units). */
export function readBodyAssignments(lines: readonly string[], positionOf: ParagraphPosition = LINE_OF): Result<RawTable[]> {
  const tasks: BodyTask[] = [];
  let section = '';
  let open: BodyTask | undefined;
  let inherited: string | undefined;
  /** Units a heading named for the tasks under it, and those tasks since the last field line that served them all. */
  let heading: { units: string; since: BodyTask[] } | undefined;
  const adopt = (task: BodyTask): void => {
    if (tasks.includes(task)) return;
    if (inherited) task.fields.inherited = inherited;
    tasks.push(task);
  };
  const add = (task: BodyTask, field: Field, text: string): void => {
    if (text === '') return;
    task.fields[field] = [task.fields[field], text].filter(Boolean).join('；');
    if (field !== 'deadline' && field !== 'persons') adopt(task);
  };
  /** Numbered items read in a row, none assigned yet: a field line after them serves them all (「1.…; 2.…。 整改责任单位:…」). */
  let run: BodyTask[] = [];
  /** The tasks the last field line assigned: its 完成时限 line serves them too. */
  let served: BodyTask[] = [];
  const unassignedRun = (): BodyTask[] => {
    const tail: BodyTask[] = [];
    for (let i = run.length - 1; i >= 0 && Object.keys(run[i].fields).length === 0; i -= 1) tail.unshift(run[i]);
    return open && tail.includes(open) ? tail : open ? [open] : [];
  };
  const readField = (field: NonNullable<ReturnType<typeof fieldOf>>): void => {
    if (field.kind === 'deadline') {
      for (const task of open && served.includes(open) ? served : open ? [open] : []) add(task, 'deadline', field.rest);
    } else if (field.kind === 'content') {
      if (open) open.content = [open.content, field.rest].filter(Boolean).join('\n');
    } else if (heading && heading.since.length > 0 && fieldColumn(field.label) !== 'persons') {
      // 「协同单位：…」 after the items of a heading that named their lead serves every item since the last such line.
      for (const task of heading.since) add(task, fieldColumn(field.label), field.rest);
      heading.since = [];
    } else if (open) {
      served = unassignedRun();
      for (const task of served) add(task, fieldColumn(field.label), field.rest);
      run = [];
      // The item is assigned: a paragraph after its fields is not more of its words.
      item = undefined;
    }
  };
  /** The task the last line that only assigns gave its units to, for the next such line. */
  let assignedByLines: BodyTask | undefined;
  /** The numbered item being read (「1、兰州城市轨道交通项目」), while no paragraph under it has assigned it. */
  let item: BodyTask | undefined;
  /** A task read from an unnumbered paragraph under a numbered item is that item's task. */
  const titled = (task: BodyTask, above: BodyTask | undefined): BodyTask =>
    above && task.seq === '' && !tasks.includes(above)
      ? { ...task, position: above.position, seq: above.seq, content: [above.content, task.content].filter(Boolean).join('\n') }
      : task;
  const readParagraph = (segment: string, position: SourcePosition): void => {
    const { seq, rest } = numbered(segment);
    const above = seq === '' && !SECTION_NUMBER.test(segment) ? item : undefined;
    item = undefined;
    const lastAssigned = assignedByLines;
    assignedByLines = undefined;
    // Lines that only assign (「自治区住房城乡建设厅牵头，」, 「（责任单位：市经信局）」) have no task of their own:
    // they assign the numbered item or the paragraph before them (or what the line before assigned).
    const assignBefore = (units: string): void => {
      const target = above ?? (open && Object.keys(open.fields).length === 0 ? open : lastAssigned);
      if (target) add(target, 'units', units);
      assignedByLines = target;
      open = undefined;
    };
    const bracketed = bracketedTasks(rest);
    if (bracketed.tasks.length > 0) {
      bracketed.tasks.forEach((task, t) => {
        const own = t === 0 ? { seq, rest: task.content } : numbered(task.content);
        if (t === 0 && own.seq === '' && own.rest === '') assignBefore(task.units);
        else adopt(titled({ position, seq: own.seq, group: section, content: own.rest, fields: { units: task.units } }, t === 0 ? above : undefined));
      });
      const after = numbered(bracketed.rest);
      open = bracketed.rest === '' ? undefined : { position, seq: after.seq, group: section, content: after.rest, fields: {} };
      return;
    }
    const named = headingUnits(segment);
    if (named !== undefined || SECTION_NUMBER.test(segment)) heading = named === undefined ? undefined : { units: named, since: [] };
    if (named !== undefined) {
      section = segment;
      open = undefined;
      return;
    }
    const closing = closingClauses(rest) ?? (SECTION.test(segment) ? undefined : inSentence(rest));
    if (closing && closing.content === '' && seq === '') {
      assignBefore(closing.units);
      return;
    }
    if (closing) {
      adopt(titled({ position, seq, group: section, content: closing.content, fields: { units: closing.units } }, above));
      open = undefined;
      return;
    }
    if (SECTION.test(segment) && isSectionLine(segment) && !/[。；;]$/.test(segment)) section = segment;
    // An unnumbered paragraph under a numbered item that has not been assigned yet goes on with it.
    if (above) {
      above.content = [above.content, rest].filter(Boolean).join('\n');
      item = above;
      return;
    }
    // A paragraph that assigns nothing itself may be a list-form task whose field lines follow.
    open = { position, seq, group: section === segment ? '' : section, content: rest, fields: {} };
    if (ITEM_NUMBER.test(segment) || (seq !== '' && !SECTION.test(segment) && !isSectionLine(segment))) item = open;
    run = ITEM_NUMBER.test(segment) ? [...run, open] : [];
    if (heading && !SECTION_NUMBER.test(segment)) {
      add(open, 'units', heading.units);
      heading.since.push(open);
    }
  };
  paragraphsOf(lines).forEach(({ text: line, index: i }) => {
    // A note that names units for every later task (「以下各项工作均需……，不再注明」) may close a task's own clause.
    const named = INHERITED.exec(line);
    if (named) inherited = named[1];
    if (named && named.index === 0) return;
    for (const segment of segmentsOf(line)) {
      const field = fieldOf(segment);
      if (field) readField(field);
      else readParagraph(segment, positionOf(i));
    }
  });
  if (tasks.length === 0) return success([]);
  const inheriting = tasks.filter((t) => t.fields.inherited).length;
  const units = tasks.find((t) => t.fields.inherited)?.fields.inherited ?? '';
  const inheritedWarning =
    inheriting === 0
      ? []
      : [warning('inherited-units', `文中写明以下任务统一由「${units}」落实、不再逐项注明：已为其后 ${inheriting} 项任务补上这些单位（列「统一注明的单位」），请核对。`, { units, tasks: inheriting })];
  return success(
    [bodyTable(tasks)],
    [
      ...inheritedWarning,
      warning('body-assignments', `没有找到分工表，从正文中读出 ${tasks.length} 项任务（段落末尾的〔…牵头…〕或「牵头单位：…」一类写法），列在表「${BODY_TABLE_TITLE}」中，请核对。`, {
        tasks: tasks.length,
        title: BODY_TABLE_TITLE,
      }),
    ],
  );
}

function bodyTable(tasks: BodyTask[]): RawTable {
  const isOwn = (key: (typeof COLUMNS)[number]['key']): key is 'seq' | 'group' | 'content' => key === 'seq' || key === 'group' || key === 'content';
  const used = COLUMNS.filter(({ key }) => isOwn(key) || tasks.some((t) => t.fields[key]));
  const rows: RawRow[] = tasks.map((task) => ({
    cells: used.map(({ key }) => ({ text: (isOwn(key) ? task[key] : task.fields[key]) ?? '' })),
    position: task.position,
  }));
  return {
    title: BODY_TABLE_TITLE,
    header: used.map(({ column }) => column.label),
    columns: used.map(({ column }) => ({ ...column })),
    rows,
    position: tasks[0].position,
  };
}
