// Tables whose cell boundaries a text copy lost: Word and web copies that put every cell, and every
// paragraph of a cell, on a line of its own with blank lines everywhere, drop empty cells without a
// trace and break a long cell over several lines. Such a table is still readable from its structure:
//   · the header, found by its vocabulary, one label per line or several on one line;
//   · the rows, each starting at its 序号 — the next number after the last row's;
//   · the cells of a row, given to the header's columns by what each line looks like: a list of unit
//     names goes to a 责任单位/牵头单位/配合单位 column, a date to 完成时限, a person to 责任领导,
//     sentences to 内容 — the best-scoring order-preserving assignment, so an empty cell is skipped
//     and a cell of three paragraphs stays one cell.

import { success, warningAt, type Result, type Warning } from '../result';
import { isAssignmentText } from '../text/assignment';
import { memoised } from '../text/memo';
import { nameShape, PERSON_NAME_CHARS } from '../text/name-shape';
import { compactLabel, roleOfLabel } from './column-roles';
import type { ColumnRole, RawTable } from './raw-table';
import { readsAsHeading } from './table-heading';
import { isSectionLine, SECTION_NUMBER } from '../text/section-heading';

interface Item {
  text: string;
  /** 1-based line of the source; items cut from one line by spaces share it. */
  line: number;
  /** Cut from a line by spaces (「3 市公安局 负责……」), not a line of its own. */
  inline?: true;
}

type Shape = 'seq' | 'units' | 'date' | 'person' | 'text';

const SEQ = /^(\d{1,3})[.．、]?$/;
const ROW_LINE = /^(\d{1,3})\s+(\S.*)$/;
const APPENDIX = /^附件\s*\d*[:：]?$/;
const NUMBERED_CELL = /^(\d{1,3})[.．、](?!\d)\s*\S/;
const DATE = /^(?:\d{4}年)?(?:\d{1,2}月|年底|年内|年中|全年|上半年|下半年|[一二三四]季度|第[一二三四]季度)|(?:长期|持续|常态化|每[年季月周]|全年|年底前|底前|月底|月前)/;
/** A leader: a title (副县长), or a name of two to four characters, possibly spaced (「钱 宇」). */
const PERSON_NAME = new RegExp(`^${PERSON_NAME_CHARS}$`);
const LONGEST_LABEL = 16;
/** Two pieces a space cut from one line are more likely two cells than one cell with a space in it. */
const SAME_LINE_JOIN = 1;
const LONE_CHARACTER = /^[\u4e00-\u9fff]$/;
const TITLE_LONGER = 8;

/** The shape of each line, judged once: a table repeats the same unit lists and dates row after row. */
export const shapeOf: (text: string) => Shape = memoised(judgeShape);

function judgeShape(text: string): Shape {
  const compact = text.replace(/\s+/g, '');
  if (SEQ.test(compact) || /^[（(]?[一二三四五六七八九十\d]{1,3}[)）]$|^[一二三四五六七八九十]{1,3}$/.test(compact)) return 'seq';
  // 「全年组织开展……不少于100场。」 opens with a date word but is a sentence: a deadline is short or no sentence.
  if (compact.length <= 24 && DATE.test(compact) && !(compact.length > 12 && /[。；;]$/.test(compact))) return 'date';
  const lines = text.split('\n');
  if (nameShape(compact) === 'person' || lines.every((line) => PERSON_NAME.test(line.trim()) && nameShape(line.replace(/\s+/g, '')) !== 'unit')) return 'person';
  // A cell opening with an item's number (「1.市政公用城学校」) names a task, whatever it ends with.
  if (NUMBERED_CELL.test(compact) || SECTION_NUMBER.test(compact)) return 'text';
  return isAssignmentText(compact) || isUnitWithHead(text) ? 'units' : 'text';
}

/** A 「牵头单位及主要负责人」 cell: the unit, then its head's name (「市民政局 伍泽国」); or a unit and an
 *  owner's short name after it (「区城管局 区水投」). */
function isUnitWithHead(text: string): boolean {
  const [unit, ...head] = text.trim().split(/\s+/);
  return head.length > 0 && nameShape(unit) === 'unit' && PERSON_NAME.test(head.join(' ')) && nameShape(head.join('')) !== 'unit';
}

/** A column whose label is outside the vocabulary (建设地点, 年度投资（万元）): any line may be its cell. */
export type FitRole = ColumnRole | 'free';

/** How well a line of a shape suits a column of a role; an empty cell's cost. */
const FIT: Record<FitRole, Record<Shape, number> & { empty: number }> = {
  free: { seq: 0.5, units: 0.5, date: 0.5, person: 0, text: 0.5, empty: 0 },
  seq: { seq: 3, units: -5, date: -5, person: -5, text: -5, empty: 0 },
  group: { seq: -3, units: -1, date: -2, person: -1, text: 2, empty: -1 },
  content: { seq: -3, units: -2, date: -1, person: -2, text: 2, empty: -3 },
  units: { seq: -3, units: 3, date: -4, person: -2, text: -3, empty: -2 },
  lead: { seq: -3, units: 3, date: -4, person: -2, text: -3, empty: -2 },
  support: { seq: -3, units: 3, date: -4, person: -2, text: -3, empty: -0.5 },
  deadline: { seq: -3, units: -4, date: 3, person: -3, text: -2, empty: -0.5 },
  note: { seq: -1, units: -1, date: 0, person: -1, text: 0.5, empty: 0 },
  other: { seq: -1, units: -1, date: -1, person: 2, text: -1, empty: 0 },
};

/**
 * The cells of a short row given to the columns they fit (「(2)… | 1.明确… | 应消站 | 4月 |」 under six
 * columns: the two on the left were merged from the row above). Empty cells on the left cost a
 * little less, since a web copy drops a vertically merged cell and keeps the rest of the row.
 */
export function alignCells(cells: readonly string[], roles: readonly ColumnRole[]): string[] {
  return alignRow(cells.map((text, i) => ({ text, line: i })), [...roles]);
}

/** Cells whose boundaries the copy kept, given to the columns they fit, at most one to a column. */
export function placeCells(cells: readonly string[], fits: readonly FitRole[]): string[] {
  return alignRow(cells.map((text, i) => ({ text, line: i })), [...fits], 1);
}

/** The best order-preserving split of a row's lines over its columns (each column takes a run of ≥ 0
 *  lines, of at most `longest`). */
function alignRow(items: Item[], roles: FitRole[], longest = Infinity): string[] {
  const shapes = items.map((item) => shapeOf(item.text));
  const n = items.length;
  const m = roles.length;
  // best[c][i]: best score placing items[0..i) into columns[0..c); from[c][i]: where column c-1's run starts.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0][0] = 0;
  for (let c = 1; c <= m; c += 1) {
    const fit = FIT[roles[c - 1]];
    for (let i = 0; i <= n; i += 1) {
      for (let start = i; start >= 0 && i - start <= longest; start -= 1) {
        if (best[c - 1][start] === -Infinity) continue;
        let score = best[c - 1][start];
        if (start === i) score += fit.empty - (c - 1) * 0.01;
        else for (let k = start; k < i; k += 1) score += fit[shapes[k]] - (k > start ? (items[k - 1].inline && items[k].inline && items[k - 1].line === items[k].line ? SAME_LINE_JOIN : 0.25) : 0);
        if (score > best[c][i]) {
          best[c][i] = score;
          from[c][i] = start;
        }
      }
    }
  }
  const cells = new Array<string>(m).fill('');
  let i = n;
  for (let c = m; c >= 1; c -= 1) {
    const start = from[c][i];
    cells[c - 1] = items
      .slice(start, i)
      .map((item, k, run) => (k > 0 && run[k - 1].line === item.line ? ' ' : k > 0 ? '\n' : '') + item.text)
      .join('');
    i = start;
  }
  return cells;
}

/** The non-blank lines, trimmed, without the pipes a web copy puts around cells; a line of pipes alone is a cell break. */
function itemsOf(text: string): Item[] {
  return text.split('\n').flatMap((raw, index) => {
    const trimmed = raw.replace(/^[\s|｜]+|[\s|｜]+$/g, '');
    return trimmed === '' ? [] : titleAndHeader(trimmed, index + 1);
  });
}

/**
 * A web copy may run a table's title and its header into one line (「附件 全国文明城市创建督查情况汇总表
 * 序号 具体点位 存在问题 整改责任单位」): from its 序号 on, single words that read as a header (a
 * responsibility label, the others labels or short words) are the header, one label an item, and the
 * words before them the title.
 */
function titleAndHeader(text: string, line: number): Item[] {
  // Only a line with a 序号 word can hold a header (looked at on every line of the text).
  if (!/序|编号|项次|No/i.test(text)) return [{ text, line }];
  const words = text.split(/\s+/);
  const seq = words.findIndex((word) => roleOfLabel(word) === 'seq');
  if (seq < 1) return [{ text, line }];
  const header = words.slice(seq);
  const unknown = header.filter((word) => !isLabel(word));
  const responsible = header.some((word) => isLabel(word) && ['units', 'lead', 'support'].includes(roleOfLabel(word) as string));
  if (header.length < 3 || !responsible || unknown.length > MOST_UNKNOWN || !unknown.every(isUnknownLabel)) return [{ text, line }];
  return [{ text: words.slice(0, seq).join(' '), line }, ...header.map((label) => ({ text: label, line }))];
}

/**
 * Header labels from one line holding several (「序号 | 职责部门 | 职责名称」, 「序号 涉及部门 职责分工」) or
 * one; judged once per line, since the header is looked for at every line and again wherever a row may end.
 */
const labelsOf = memoised((text: string): readonly string[] => {
  const parts = text.split(/\s*[|｜\t]\s*|\s{2,}/).map((label) => label.trim()).filter((label) => label !== '');
  const words = text.split(/\s+/);
  if (parts.length === 1 && words.length > 1 && words.every(isLabel)) return words;
  const flattened = flattenedLabels(text);
  return flattened.filter(isLabel).length > parts.filter(isLabel).length ? flattened : parts;
});

/**
 * A two-row header flattened into one line keeps each cell's wrapped words apart by the cell's width
 * (「牵头  领导 牵头         责任单位 主体          责任单位」): the labels are then the ones a single
 * space separates, each with its wide spaces closed up.
 */
function flattenedLabels(text: string): string[] {
  return text.trim().split(/(?<=\S) (?=\S)/).map(compactLabel);
}

/** 「截止时间:2019年12月31日」 above a table is a line of the form, a key with its value, not a label. */
const FORM_LINE = /^[^:：]{2,8}[:：]\s*\S/;
const isLabel = (text: string): boolean => compactLabel(text).length <= LONGEST_LABEL && roleOfLabel(text) !== undefined && !FORM_LINE.test(text);

interface Header {
  labels: string[];
  roles: ColumnRole[];
  /** Index of the first item after the header. */
  end: number;
}

/** A header may hold labels outside the vocabulary (建设地点, 年度投资金额（万元）): this many at most, this long. */
const MOST_UNKNOWN = 3;
const UNKNOWN_LONGEST = 10;

const isUnknownLabel = (text: string): boolean => compactLabel(text).length <= UNKNOWN_LONGEST && !/[。，,；;：:、]/.test(text) && !SEQ.test(text);

const BRACKET_TAIL = /^[(（][^()（）]{1,6}[)）]$/;

/** A label a narrow column broke over two lines (「责任」 / 「领导」): the two lines joined, when only together they are one. */
function brokenLabel(items: Item[], at: number): string | undefined {
  const [first, second] = [items[at]?.text, items[at + 1]?.text];
  if (first === undefined || second === undefined || compactLabel(first).length > 2 || isLabel(first)) return undefined;
  return isLabel(first + second) ? first + second : undefined;
}

/** A header starting at item `at`: a run of labels with a 序号 and a responsibility column. */
function headerAt(items: Item[], at: number, titleChecked = false): Header | undefined {
  // A table's title right above its header (「2016年民生实事目标任务分解表」) may use header words: a
  // header that has its 序号 further on does not start with a long line.
  const long = compactLabel(items[at]?.text ?? '').length > TITLE_LONGER && !SEQ.test(items[at].text) && labelsOf(items[at].text).length === 1;
  if (long && !titleChecked && headerAt(items, at + 1, true)?.roles.includes('seq')) return undefined;
  const labels: string[] = [];
  let end = at;
  let unknown = 0;
  while (end < items.length) {
    const broken = brokenLabel(items, end);
    const parts = broken ? [broken] : labelsOf(items[end].text);
    const known = parts.filter(isLabel).length;
    if (known === 0 && (unknown >= MOST_UNKNOWN || parts.length !== 1 || !isUnknownLabel(parts[0]) || labels.length === 0)) break;
    if (known < parts.length - 1) break;
    unknown += parts.length - known;
    labels.push(...parts);
    end += broken ? 2 : 1;
    // A label's bracketed tail the narrow column put on a line of its own (「责任股室」 / 「(单位)」).
    if (BRACKET_TAIL.test(items[end]?.text ?? '')) labels[labels.length - 1] += items[end++].text;
  }
  const roles = labels.map((label) => (isLabel(label) ? (roleOfLabel(label) as ColumnRole) : 'other'));
  const responsible = roles.some((r) => r === 'units' || r === 'lead' || r === 'support');
  // Rows are found by their numbers: in a 序号 column, or opening a first column of content.
  const numbered = roles.includes('seq') || roles[0] === 'content' || roles[0] === 'group';
  if (labels.length < 3 || !numbered || !responsible) return undefined;
  return { labels, roles, end };
}

/**
 * A column's role in the table read. With no 内容 or 名称 column at all (「序号 具体点位 存在问题 整改责任单位」),
 * the columns whose labels are outside the vocabulary hold the task's words: they are its content.
 */
function columnRole(header: Header, c: number): ColumnRole {
  const role = header.roles[c];
  const worded = header.roles.some((r) => r === 'content' || r === 'group');
  return !worded && role === 'other' && !isLabel(header.labels[c]) ? 'content' : role;
}

/** Reads every table laid out with a 序号 column whose cells lost their boundaries. */
export function readAnchoredTables(text: string): Result<RawTable[]> {
  const items = itemsOf(text);
  const tables: RawTable[] = [];
  const warnings: Warning[] = [];
  let at = 0;
  while (at < items.length) {
    const header = headerAt(items, at);
    if (!header) {
      at += 1;
      continue;
    }
    // The title may stand above the form's own lines (「报送单位:…  截止时间:…」).
    let above = at - 1;
    while (above >= 0 && FORM_LINE.test(items[above].text)) above -= 1;
    const title = above >= 0 && readsAsHeading(items[above].text) ? items[above].text : '';
    const read = readRows(items, header);
    if (read.rows.length > 0) {
      tables.push({
        title,
        header: header.labels,
        columns: header.labels.map((label, c) => ({ label: compactLabel(label), role: columnRole(header, c) })),
        rows: read.rows,
        position: { kind: 'line', line: items[at].line },
      });
      warnings.push(warningAt('cells-by-shape', { line: items[at].line, text: `第 ${items[at].line} 行起的表格` }, `在文本中丢失了单元格边界，已按序号分行、按内容的样子（单位名称、日期、人名、文字）分到各列，请核对。`));
    }
    at = Math.max(read.end, header.end);
  }
  return success(tables, warnings);
}

/**
 * A row that holds more lists of units than it has unit columns is several rows under one 序号
 * (「2 / 安全宣传咨询日 / …… / 1.省级层面…… / 省安委办牵头 / 2.市、县层面…… / 各设区市安委办」):
 * each list of units closes one, when the units are the table's last column.
 */
function subRows(items: Item[], roles: ColumnRole[], labels: readonly string[]): Item[][] {
  const unitColumns = roles.filter((r) => r === 'units' || r === 'lead' || r === 'support').length;
  const lastIsUnits = ['units', 'lead', 'support'].includes(roles[roles.length - 1]);
  const closes = (item: Item): boolean => !item.inline && shapeOf(item.text) === 'units';
  const closers = items.filter(closes).length;
  // A column outside the vocabulary (建设地点, 项目地点) may hold names too: then a second list is its cell.
  if (!lastIsUnits || unitColumns !== 1 || closers <= 1 || !labels.every(isLabel)) return [items];
  const parts: Item[][] = [[]];
  items.forEach((item, i) => {
    parts[parts.length - 1].push(item);
    if (closes(item) && i < items.length - 1) parts.push([]);
  });
  return parts;
}

/** Where a row starts: its 序号 alone (「3」), with its cells after it (「3 市公安局 负责……」), or — in a
 *  table with no 序号 column — the numbered first cell (「1.主动对接国家战略……」). */
function rowStart(text: string, numberedCells: boolean): { number: number; own: string[] } | undefined {
  if (numberedCells) {
    const numbered = NUMBERED_CELL.exec(text);
    return numbered ? { number: Number(numbered[1]), own: [text] } : undefined;
  }
  const alone = SEQ.exec(text);
  if (alone) return { number: Number(alone[1]), own: [] };
  const inline = ROW_LINE.exec(text);
  return inline ? { number: Number(inline[1]), own: spacedCells(inline[2]) } : undefined;
}

/** A row line's cells, cut at spaces; a two-character name padded to three (「汪  峰」) stays one. */
function spacedCells(text: string): string[] {
  return text.split(/\s+/).reduce<string[]>((cells, part) => {
    const last = cells[cells.length - 1];
    if (last !== undefined && LONE_CHARACTER.test(last) && LONE_CHARACTER.test(part)) cells[cells.length - 1] = last + part;
    else cells.push(part);
    return cells;
  }, []);
}

/**
 * Whether a row starting so follows the last, numbered `last`: by the next number, or — in an extract of
 * a longer list (81, 85, 87) — by a larger one on a line that holds the row's cells, a unit among them.
 */
function follows(start: { number: number; own: string[] }, last: number): boolean {
  return start.number === last + 1 || (start.number > last && start.own.length >= 3 && start.own.some((cell) => shapeOf(cell) === 'units'));
}

function readRows(items: Item[], header: Header): { rows: RawTable['rows']; end: number } {
  const seqColumn = header.roles.indexOf('seq');
  const numberedCells = seqColumn < 0;
  const after = header.roles.slice(seqColumn + 1);
  const fits = after.map((role, c): FitRole => (role === 'other' && !isLabel(header.labels[seqColumn + 1 + c]) ? 'free' : role));
  const width = header.labels.length;
  const rows: RawTable['rows'] = [];
  let expected: number | undefined;
  let at = header.end;
  while (at < items.length) {
    const item = items[at];
    if (isSectionLine(item.text) && (expected !== undefined || at === header.end)) {
      rows.push({ cells: Array.from({ length: width }, (_, c) => ({ text: c === 0 ? item.text : '' })), position: { kind: 'line', line: item.line } });
      at += 1;
      continue;
    }
    const start = rowStart(item.text, numberedCells);
    if (start === undefined || (expected !== undefined && !follows(start, expected - 1))) {
      if (expected !== undefined || headerAt(items, at)) break;
      at += 1;
      continue;
    }
    const { number } = start;
    let end = at + 1;
    const limit = at + 1 + after.length * 4;
    const startsRow = (text: string): boolean => {
      const next = rowStart(text, numberedCells);
      return next !== undefined && follows(next, number);
    };
    // The table ends at an appendix mark (附件2) or at the title of the next table's header.
    const endsTable = (k: number): boolean => APPENDIX.test(items[k].text) || headerAt(items, k) !== undefined || headerAt(items, k + 1) !== undefined;
    while (end < items.length && end < limit && !startsRow(items[end].text) && !isSectionLine(items[end].text) && !endsTable(end)) end += 1;
    const own = start.own.map((text): Item => ({ text, line: item.line, inline: true }));
    // A row written on one line with its cells cut at spaces is cut so where it runs on to further lines.
    const rest = items.slice(at + 1, end).flatMap((next): Item[] => (own.length > 0 ? spacedCells(next.text).map((text) => ({ text, line: next.line, inline: true })) : [next]));
    subRows([...own, ...rest], after, header.labels).forEach((part, k) => {
      const cells = alignRow(part, fits);
      const seqText = k === 0 ? String(number) : '';
      rows.push({
        cells: header.labels.map((_, c) => ({ text: c === seqColumn ? seqText : c > seqColumn ? cells[c - seqColumn - 1] : '' })),
        position: { kind: 'line', line: (part[0] ?? item).line },
      });
    });
    expected = number + 1;
    at = end;
  }
  return { rows, end: at };
}
