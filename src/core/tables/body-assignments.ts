// Plans with no appendix table assign their tasks in the body text, in two ways:
//   · inline: a paragraph ends with its units, 「……。〔县应急局牵头，县公安局、县交通局分工负责〕」,
//     「（县应急局负责）」, 「（县应急局牵头，县公安局配合）」 or 「责任单位：县应急局。」;
//   · list form: a numbered task followed by lines 「牵头单位：…」「配合单位：…」「责任单位：…」「完成时限：…」.
// Both become one RawTable whose title says it came from the body text, one row per task, positioned at
// the task's line, so every later stage (tasks, audit, pivot, workbook) treats them as table rows.

import { warning, type Result, success } from '../result';
import type { Column, RawRow, RawTable, SourcePosition } from './raw-table';

export const BODY_TABLE_TITLE = '正文中的分工（由正文段落读出）';

/** 〔…〕, 【…】, ［…］ or （…） closing the paragraph, with a role word inside. */
const CLOSING_CLAUSE = /[〔【［[（(]([^〔〕【】［］（）()[\]]*?(?:牵头|负责|配合|协办|参与)[^〔〕【】［］（）()[\]]*)[〕】］\]）)][。；;]?\s*$/;
/** 「责任单位：X」 at the end of a paragraph. */
const UNITS_SENTENCE = /(?:责任单位|牵头单位)[:：]\s*([^。；;]+)[。；;]?\s*$/;
/** A line of the list form. */
const FIELD_LINE = /^\s*(牵头单位|主责单位|责任单位|配合单位|协办单位|参与单位|完成时限|完成时间|时间要求)\s*[:：]\s*(.*?)\s*$/;
const SECTION = /^\s*([一二三四五六七八九十]+、.{1,40})\s*$/;
const NUMBERED = /^\s*((?:[（(][一二三四五六七八九十\d]+[)）])|(?:\d+[.．、]))\s*/;
/** A clause so long it is a sentence, not a list of units. */
const LONGEST_CLAUSE = 80;

type Field = 'lead' | 'support' | 'units' | 'deadline' | 'inherited';
const FIELD_ROLE: Record<string, Field> = {
  牵头单位: 'lead',
  主责单位: 'lead',
  责任单位: 'units',
  配合单位: 'support',
  协办单位: 'support',
  参与单位: 'support',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间要求: 'deadline',
};

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
  { key: 'inherited', column: { label: '统一注明的单位', role: 'support', inherited: true } },
];
/** 「以下各项工作均需各区县具体落实，不再注明」: units for every later task, until another such sentence. */
const INHERITED = /(?:以下|下列|下述).*?(?:均需|均由|都由|都需|均要|需要|由)(.+?)(?:具体|负责|抓好|组织)*(?:落实|负责|实施|承担)[^。]*不再(?:一一)?(?:注明|列出|标注|列明)/;

/** Where the paragraph at a 0-based index stands: a text file's line, a .docx/HTML body paragraph. */
export type ParagraphPosition = (index: number) => SourcePosition;

const LINE_OF: ParagraphPosition = (index) => ({ kind: 'line', line: index + 1 });

/** The body's tasks as one table (none when no paragraph assigns units). */
export function readBodyAssignments(lines: readonly string[], positionOf: ParagraphPosition = LINE_OF): Result<RawTable[]> {
  const tasks: BodyTask[] = [];
  let section = '';
  let open: BodyTask | undefined;
  let inherited: string | undefined;
  const adopt = (task: BodyTask): void => {
    if (inherited) task.fields.inherited = inherited;
    tasks.push(task);
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const named = INHERITED.exec(line);
    if (named) {
      inherited = named[1];
      return;
    }
    const field = FIELD_LINE.exec(line);
    if (field && open) {
      const key = FIELD_ROLE[field[1]];
      open.fields[key] = [open.fields[key], field[2]].filter(Boolean).join('、');
      if (!tasks.includes(open)) adopt(open);
      return;
    }
    const heading = SECTION.exec(line);
    if (heading && !/[。；;]$/.test(line)) {
      section = heading[1];
      open = undefined;
      return;
    }
    if (line === '') return;
    const numbered = NUMBERED.exec(line);
    const paragraph = paragraphTask(line.slice(numbered?.[0].length ?? 0), positionOf(i), section, numbered?.[1] ?? '');
    if (paragraph.fields.units !== undefined) adopt(paragraph);
    // A numbered line may be a list-form task whose unit lines follow.
    open = numbered ? paragraph : open;
  });
  if (tasks.length === 0) return success([]);
  const inheriting = tasks.filter((t) => t.fields.inherited).length;
  const inheritedWarning = inheriting === 0 ? [] : [warning('inherited-units', `文中写明以下任务统一由“${tasks.find((t) => t.fields.inherited)?.fields.inherited}”落实、不再逐项注明：已为其后 ${inheriting} 项任务补上这些单位（列「统一注明的单位」），请核对。`)];
  return success([bodyTable(tasks)], [...inheritedWarning, warning('body-assignments', `没有找到分工表，从正文中读出 ${tasks.length} 项任务（段落末尾的〔…牵头…〕或“牵头单位：…”一类写法），列在表「${BODY_TABLE_TITLE}」中，请核对。`)]);
}

/** A paragraph (its number already taken off) and the units its closing clause names, if any. */
function paragraphTask(body: string, position: SourcePosition, section: string, seq: string): BodyTask {
  const clause = CLOSING_CLAUSE.exec(body) ?? UNITS_SENTENCE.exec(body);
  const fields: BodyTask['fields'] = {};
  let content = body;
  if (clause && clause[1].trim().length <= LONGEST_CLAUSE) {
    fields.units = clause[1].trim();
    content = body.slice(0, clause.index).trim();
  }
  return { position, seq, group: section, content, fields };
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
