// The core's messages in English, said from their code and facts (MessageArgs), never from the Chinese:
// the readers' warnings and refusals, the audit's flags and 回收汇总's problems with a whole file.
// Loaded with strings-en.ts, only for an English pane. Text from the document (titles, unit names,
// cells) stays as written, in quotes. Every code the core uses has an entry (test/taskpane/core-text-en.test.ts).

import type { FlagCode } from '../core/audit/flag';
import type { Flag } from '../core/audit/flag';
import type { ReturnProblem } from '../core/loop/collect';
import type { MessageArgs, Warning } from '../core/result';
import type { CoreText } from './core-text';

type Say = (args: MessageArgs, place: string, cause: string) => string;

const str = (args: MessageArgs, key: string): string => {
  const value = args[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const num = (args: MessageArgs, key: string): number => Number(args[key] ?? 0);
const list = (args: MessageArgs, key: string): string[] => {
  const value = args[key];
  return Array.isArray(value) ? value.map(String) : [];
};
const q = (text: string) => `“${text}”`;
const qs = (texts: string[]) => texts.map(q).join(', ');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const untitled = (title: string) => (title ? q(title) : '(untitled)');

const SAVE_AS_DOCX = 'open it in Word or WPS, save it again as .docx and import that.';
const WORKBOOK_ADVICE = 'open it in Excel, select the responsibility table in it and use Import the selection or Analyse this table.';
const UNIT_COLUMNS = `${qs(['责任单位', '牵头单位', '配合单位'])} (responsible, lead or supporting units)`;
const RELAYOUT = 'The export to text lost the table’s cell borders, so it cannot be rebuilt: import the original .docx or the web page (.html) instead.';
const MALICIOUS = 'it may be a malicious file and was not read.';
const KINDS: Record<string, string> = { bureau: 'a unit', group: 'a collective name', vague: 'vague' };

/** Keyed by warning (and refusal) code. A code with several messages tells them apart by its facts. */
export const WARNINGS_EN: Record<string, Say> = {
  // Reading a file
  empty: () => 'The file is empty: it holds no text.',
  binary: () => 'The file holds control characters, so it is not plain text (perhaps a Word .doc, a zip or another binary file): save it as .docx or plain text and import that.',
  undecodable: (a) =>
    'controls' in a
      ? `The file has no byte-order mark; its zero bytes look like ${str(a, 'encoding')} text, but read so it ${num(a, 'controls') ? 'holds control characters' : 'has invalid characters'}: the file may be damaged. Save it as UTF-8 in Notepad and import that.`
      : 'encoding' in a
        ? `The file says it is ${str(a, 'encoding')} text, but it cannot be read so: the file may be damaged.`
        : 'The text encoding is not recognised (not UTF-8, UTF-16 or GB18030 text); it may be a binary file. In Word, save it as .docx or plain text and import that.',
  'utf16-no-bom': (a) => `The file has no byte-order mark; judging by its zero bytes it was read as ${str(a, 'encoding')}. If the text looks wrong, save it as UTF-8 in Notepad.`,
  'traditional-script': () =>
    `The file is in Traditional Chinese and was read in Simplified (unit names, the audit and the summaries use Simplified); the import sheet of a text file keeps the original writing in ${q('责任单位（原文）')}.`,
  'pdf-format': () => 'This is a PDF file, whose tables cannot be read reliably: find the original Word file (.docx) and import it.',
  'rtf-format': () => 'This is an RTF file and cannot be read directly: in Word or WPS, save it as .docx and import that.',
  'xls-format': () => `This is an old Excel workbook (.xls), not a Word document: ${WORKBOOK_ADVICE}`,
  'doc-format': (a) =>
    str(a, 'found') === 'wps'
      ? 'This is a WPS Writer .wps file and cannot be read directly: in WPS, save it as .docx and import that.'
      : 'This is a Word 97–2003 .doc file and cannot be read directly: in Word or WPS, save it as .docx and import that.',
  'not-docx': (a) =>
    ({
      workbook: `This is an Excel workbook (.xlsx), not a Word document, and nothing is wrong with it: ${WORKBOOK_ADVICE}`,
      presentation: 'This is a PowerPoint presentation, not a Word document: import a .docx file.',
    })[str(a, 'found')] ?? 'This is a zip package but not a Word document (it has no document body): import a .docx file.',
  'docx-unreadable': () => `This Word document cannot be read; the file may be damaged: ${SAVE_AS_DOCX}`,
  'html-unreadable': () => 'This web page file cannot be read; it may be damaged. Open it in a browser or Word, save it as .docx and import that.',
  'zip-corrupt': () => `The file is damaged or incomplete (its package cannot be unpacked): ${SAVE_AS_DOCX}`,
  'zip-too-large': (a) =>
    'entries' in a
      ? `The package holds more than ${num(a, 'entries')} files, more than any Word document or Excel workbook: ${MALICIOUS}`
      : `Unpacked, the package is larger than ${num(a, 'megabytes')} MB (or its declared sizes are wrong): ${MALICIOUS}`,
  'xml-doctype': (a) => `The document’s part ${str(a, 'part')} declares a DOCTYPE or entities, which Word documents never do: ${MALICIOUS}`,
  'xml-corrupt': (a) =>
    'missing' in a
      ? `The document’s part ${str(a, 'part')} has no body (${str(a, 'missing')}): the file may be damaged.`
      : `The document’s part ${str(a, 'part')} is damaged (malformed XML): ${SAVE_AS_DOCX}`,
  'too-deep': (a) =>
    'places' in a
      ? `Tables in the web page are nested more than ${num(a, 'depth')} deep: the deeper tables and their content were not read (${plural(num(a, 'places'), 'place')}).`
      : `Tables or content controls in the document are nested more than ${num(a, 'depth')} deep: the deeper content was not read.`,

  // Finding the tables
  'no-table': () => `No responsibility table was found: a table is needed whose header names a column such as ${UNIT_COLUMNS}.`,
  'appendix-missing': (a) => `The document lists the appendix ${q(str(a, 'appendix'))}, but its table is not in the text (the appendix may be a separate file): find the appendix itself and import it.`,
  'nothing-read': (a) =>
    `No task was read: there is no responsibility table (a header naming ${qs(['序号', '责任单位', '牵头单位'])}…) and no task that names its units (${qs(['牵头单位：……', '〔……牵头〕'])}).\n` +
    ({ 'lost-table': RELAYOUT, 'appendix-missing': 'The appendix may be a separate file: import the appendix itself.' }[str(a, 'because')] ??
      'If the original has a table, import the original .docx or the web page (.html): a plain-text export may have lost it.'),
  'lost-table': (a) =>
    'header' in a
      ? `A line looks like a table header, but its columns run together (${q(str(a, 'header'))}). ${RELAYOUT}`
      : `${plural(num(a, 'rows'), 'line')} look like table rows, but number, content, units and date run together (such as ${q(str(a, 'row'))}). ${RELAYOUT}`,
  'table-without-header': (a) => `From line ${num(a, 'line')} the text looks like a table, but no header was recognised (a column such as ${UNIT_COLUMNS} is needed): it was not read.`,
  'no-header': () => `No header (such as ${qs(['序号', '任务', '责任单位'])}) was found in the first rows of the selection: select the whole table, header row included, and import again.`,
  'empty-table': (_, place) => (place ? `${place}: only a header, no data rows.` : 'The selection holds only a header, no data rows.'),
  'body-assignments': (a) =>
    `No responsibility table was found; ${plural(num(a, 'tasks'), 'task')} were read from the text (assignments at the end of a paragraph, or lines naming the lead unit) and listed in the table ${q(str(a, 'title'))}. Please check them.`,
  'inherited-units': (a) =>
    `The document says the tasks that follow are all carried out by ${q(str(a, 'units'))}, without naming them again: these units were added to the ${plural(num(a, 'tasks'), 'task')} after it (column ${q('统一注明的单位')}). Please check.`,

  // Reading a table's rows and columns
  'ragged-row': (a, place) =>
    'places' in a
      ? `Table ${untitled(str(a, 'title'))}: ${plural(num(a, 'rows'), 'row')} do not have the header’s ${num(a, 'columns')} cells (${list(a, 'places').join(', ')}); they were padded with blank cells. Please check these rows.`
      : 'lines' in a
        ? `${place}: fewer cells than the header (merged cells, perhaps); the cells were matched to the columns by what they look like (unit names, dates, text). Please check.`
        : num(a, 'cells') < num(a, 'columns')
          ? `${place}: only ${plural(num(a, 'cells'), 'cell')} for a table of ${num(a, 'columns')} columns; blank cells were added at the end. Check whether the row is shifted.`
          : `${place}: ${plural(num(a, 'cells'), 'cell')}, more than the table’s ${num(a, 'columns')} columns; the extra text was joined into the last column. Please check.`,
  'header-span': (a, place) =>
    place
      ? `${place}: the header has one column fewer than the data rows, so ${q(str(a, 'label'))} was read across two columns (${num(a, 'group') ? 'the first as the task name, the second as its content' : 'both as content'}). Please check.`
      : `The column right of the header ${q(str(a, 'label'))} has no label but holds text: it was read as part of ${q(str(a, 'label'))} (a merged cell, perhaps). Please check.`,
  'header-short': (a, place) =>
    `${place}: the header has ${plural(num(a, 'labels'), 'label')} but the data rows have ${num(a, 'columns')} columns; the ${num(a, 'extra')} without a label were put last. Please check.`,
  'merge-mismatch': (a) =>
    `Table ${untitled(str(a, 'title'))} (${list(a, 'places').join(', ')}): cells are marked as merged with the row above, but the row above has no cell there, so the merge may be wrong. Please check.`,
  'cells-by-shape': (_, place) =>
    `${place}: the text lost the table’s cell borders; rows were told apart by their numbers and cells put in columns by what they look like (unit names, dates, names, text). Please check.`,
  'bar-rows': (_, place) => `${place}: every cell starts with “|” and every row ends with a lone “|”; rows short of cells were read as merged cells (continuing the row above). Please check.`,

  // The 单位名录 file
  'csv-unclosed-quote': (a) => `Line ${num(a, 'line')}: a quote is never closed, so everything after it was read into one cell. Please check.`,
  'directory-header': (a) => `The first row of the unit directory must be the header ${q(str(a, 'expected'))}; it is ${q(str(a, 'found'))}.`,
  'directory-extra-cells': (a) => `Line ${num(a, 'line')}: more than 4 columns; the 5th and later were ignored.`,
  'directory-no-name': (a) => `Line ${num(a, 'line')}: no unit name; the row was ignored.`,
  'directory-duplicate': (a) =>
    'alias' in a
      ? `Line ${num(a, 'line')}: the alias ${q(str(a, 'alias'))} is already a name of ${q(str(a, 'other'))} on line ${num(a, 'otherLine')}; the alias was ignored.`
      : `Line ${num(a, 'line')}: ${q(str(a, 'name'))} is the same name as ${q(str(a, 'other'))} on line ${num(a, 'otherLine')}; the row was ignored.`,
  'directory-bad-kind': (a) =>
    `Line ${num(a, 'line')}: the type ${q(str(a, 'written'))} should be ${q('单位')}, ${q('统称')} or ${q('泛指')} (a unit, a collective name or vague); read as ${KINDS[str(a, 'kind')] ?? str(a, 'kind')} from the name.`,
  'no-directory-sheet': (a) => `The workbook has no sheet ${q(str(a, 'sheet'))}.`,

  // Names the 名录 asks about (the reason beside each pair)
  'alias-longer': (a) => `${q(str(a, 'b'))} is ${q(str(a, 'a'))} followed by ${q(str(a, 'added'))}: the same unit, or a body under it? Please decide.`,
  'alias-qualified': (a) => `${q(str(a, 'b'))} is ${q(str(a, 'a'))} with a qualifier in front: perhaps the same unit. Please decide.`,
  'alias-one-character': (a) => `${q(str(a, 'a'))} and ${q(str(a, 'b'))} differ by one character: perhaps one unit written two ways. Please decide.`,

  // Workbooks: returned task lists, the combined workbook, a directory workbook
  'too-large': (a) => `The file is larger than ${num(a, 'megabytes')} MB; it does not look like a task list.`,
  password: () => 'The file is protected by a password and cannot be read: ask the unit to remove it (File → Info → Protect Workbook) and send the file again.',
  xls: () => 'This is an old .xls file: save it as .xlsx in Excel or WPS, then collect it.',
  'not-xlsx': (a, _, cause) =>
    cause
      ? `This Excel file (.xlsx) cannot be opened: ${cause}`
      : `This is ${{ pdf: 'a PDF file', docx: 'a Word document (.docx)', pptx: 'a PowerPoint presentation (.pptx)' }[str(a, 'found')] ?? 'not an Excel workbook (.xlsx)'}${'found' in a ? ', not an Excel workbook (.xlsx)' : ''}.`,
  'zip-bomb': (_, __, cause) => cause,
  damaged: () => 'The file is damaged, or is not an .xlsx workbook, and cannot be opened.',
  'base-unreadable': (a, _, cause) => `The combined workbook ${q(str(a, 'file'))} cannot be opened: ${cause}`,
  'no-ledger': (a) =>
    `${q(str(a, 'file'))} has no ${q('进展汇总')} sheet (with a ${q('任务键')} column), so it is not a combined workbook made by RespMatrix: put the workbook it generated (or the last collection’s result) first.`,
};

const unitsOf = (args: MessageArgs) => qs(list(args, 'units'));
/** Names given line by line: 「“A” and “B”」, 「“A”, “B” and “C”」. */
const lines = (text: string) => {
  const names = text.split('\n').map(q);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

/** The flags' messages, as the 问题 panel shows them (it does not show the suggestions). */
export const FLAGS_EN: Record<FlagCode, (args: MessageArgs) => string> = {
  'blank-unit': (a) => {
    const what = str(a, 'written') === '' ? 'No responsible unit is filled in.' : `No unit can be recognised in ${q(str(a, 'written'))}.`;
    if (!('above' in a)) return what;
    const where = num(a, 'aboveRow') ? `Row ${num(a, 'aboveRow')} above` : 'The row above';
    return `${what} ${where} has ${q(str(a, 'above'))}: a merged cell may have been lost in the export.`;
  },
  'repeated-unit': (a) =>
    list(a, 'units').length === 1
      ? `${unitsOf(a)} appears ${num(a, 'times')} times in the same cell.`
      : `${unitsOf(a)} are the same unit (${q(str(a, 'unit'))}), listed twice in the same cell.`,
  'open-ended': (a) => `The units end in “等” (etc.) after ${unitsOf(a)}: the list is incomplete, so who else is responsible cannot be told.`,
  'vague-unit': (a) => `${unitsOf(a)} names no unit in particular, so the task cannot be assigned to a bureau.`,
  'collective-only': (a) =>
    num(a, 'headline')
      ? `This target is shared by ${unitsOf(a)} only, with no lead bureau (usual for headline targets).`
      : `This task names only ${unitsOf(a)}, with no bureau responsible.`,
  'joined-units': (a) => list(a, 'units').map((unit, i) => `${q(unit)} is ${lines(list(a, 'parts')[i] ?? '')} run together, with no separator.`).join(' '),
  'name-variant': (a) => {
    const counts = list(a, 'counts');
    return `One unit is written in different ways: ${list(a, 'writings')
      .map((writing, i) => `${lines(writing)} (${plural(Number(counts[i] ?? 0), 'place')})`)
      .join('; ')}.`;
  },
  'split-heading': (a) => `The name ${q(str(a, 'text'))} is unfinished and the next row’s ${q(str(a, 'next'))} looks like its second half: one heading was split across two rows.`,
  'unknown-unit': (a) => `${unitsOf(a)} ${list(a, 'units').length === 1 ? 'is' : 'are'} not in the unit directory.`,
  'no-lead': (a) => `This task has only supporting units (${unitsOf(a)}) and no lead unit.`,
  'many-leads': (a) => `This task has ${num(a, 'count')} lead units (${unitsOf(a)}), so the lead is not clear.`,
  'lead-and-support': (a) => `${q(str(a, 'unit'))} is both a lead and a supporting unit of this task.`,
  deadline: (a) =>
    'early' in a
      ? `The deadline (${list(a, 'early').join(', ')}) is before the document’s own date, ${str(a, 'issued')}.`
      : `No date can be read from the deadline (${str(a, 'part') === '' ? 'no time found' : num(a, 'noYear') ? `${q(str(a, 'part'))} has no year, and the document gives none` : `${q(str(a, 'part'))} is not recognised`}), so no reminder can be given.`,
};

/** 回收汇总's problems with a whole file (isFileProblem), keyed by code. */
export const FILE_PROBLEMS_EN: Record<string, Say> = {
  refused: (a, _, cause) => `${q(str(a, 'file'))} could not be read: ${cause}`,
  'not-ours': (a) => `${q(str(a, 'file'))} is not a task list sent out by RespMatrix (it has no ${qs(['任务键', '填报单位', '完成状态', '落实情况'])} columns), so it was not collected.`,
  combined: (a) => `${q(str(a, 'file'))} is a combined workbook, not a task list returned by a unit; to collect on top of it, give it as the first (base) file.`,
  'key-deleted': (a) =>
    `The ${qs(['任务键', '填报单位'])} columns of ${q(str(a, 'file'))} were deleted, so its rows cannot be matched to tasks and it was not collected: ask the unit to fill in the file as sent and send it again.`,
  'other-document': (a) =>
    num(a, 'rows')
      ? `${plural(num(a, 'rows'), 'row')} of ${q(str(a, 'file'))} belong to another document and were not collected.`
      : `${q(str(a, 'file'))} is the return of another document and matches none of these tasks, so it was not collected.`,
};

function say(table: Record<string, Say>, problem: { code: string; message: string; args?: MessageArgs; cause?: Warning }, place = ''): string {
  const render = table[problem.code];
  // A code with no English here is a gap the tests catch; the pane still says something true.
  if (!render) return problem.message;
  return render(problem.args ?? {}, place, problem.cause ? warningEn(problem.cause) : '');
}

function warningEn(warning: Warning, place?: string): string {
  const at = warning.at;
  const where = place ?? (at ? (at.rows && at.rows.length > 1 ? `Lines ${at.rows.join(', ')}` : `Line ${at.rows?.[0] ?? at.line}`) : '');
  return say(WARNINGS_EN, warning, where);
}

export const CORE_EN: CoreText = {
  warning: warningEn,
  flag: (flag: Flag) => FLAGS_EN[flag.code](flag.args),
  fileProblem: (problem: ReturnProblem) => say(FILE_PROBLEMS_EN, problem),
};
