// 回收汇总: every returned row matched to its task and unit by key, whatever the files are called
// or the order they come in. Files are taken oldest first (by when they were saved, then as given),
// so for each task the latest answer wins, and an answer a newer file leaves blank is kept. What
// could not be matched, or looks wrong, becomes a 回收问题 naming the file; nothing is dropped quietly:
// two rows of one file with the same task (the later wins, the earlier answer is quoted beside it),
// and a row whose key was edited to another of the unit's tasks (its text is that other task's;
// its answer is quoted, not collected under either) are reported too.

import type { MessageArgs, Warning } from '../result';
import { isAnswered, isKnownStatus, type Answer } from './answer';
import { STATUSES } from './columns';
import type { ProgressRow } from './progress';
import { parseReturnKey } from './return-key';
import { returnedRows, type RefusedFile, type ReturnedFile, type ReturnedRow } from './returned-file';

export type ReturnProblemCode =
  | 'refused'
  | 'not-ours'
  | 'combined'
  | 'key-deleted'
  | 'other-document'
  | 'unknown-key'
  | 'text-changed'
  | 'bad-status'
  | 'sent-twice'
  | 'duplicate-row'
  | 'key-edited'
  | 'not-returned'
  | 'unanswered';

/** Problems about a whole file: nothing in it was collected, so the clerk is told the file by name. */
const FILE_PROBLEMS: ReadonlySet<ReturnProblemCode> = new Set(['refused', 'not-ours', 'combined', 'key-deleted', 'other-document']);

export function isFileProblem(problem: Pick<ReturnProblem, 'code'>): boolean {
  return FILE_PROBLEMS.has(problem.code);
}

export interface ReturnProblem {
  code: ReturnProblemCode;
  /** The file it is about, '' for a unit that sent nothing. */
  file: string;
  unit: string;
  /** Index into the ledger of the task it is about, when it is about one. */
  ledgerRow?: number;
  message: string;
  /** For the problems about a whole file (isFileProblem), what the message says, as facts (see Warning). */
  args?: MessageArgs;
  /** Why a file was refused: the problem that kept it from opening. */
  cause?: Warning;
}

export interface CollectedFile {
  fileName: string;
  modified: string;
  units: string[];
  rows: number;
  answered: number;
}

export interface CollectResult {
  rows: ProgressRow[];
  problems: ReturnProblem[];
  files: CollectedFile[];
}

type Incoming = ReturnedFile | RefusedFile;

export function collectReturns(ledger: ProgressRow[], incoming: Incoming[]): CollectResult {
  const tags = new Set(ledger.flatMap((row) => parseReturnKey(row.key)?.document ?? []));
  const keys = new Set(ledger.map((row) => row.key));
  const index = new Map(ledger.map((row, i) => [pair(row.key, row.unit), i]));
  const byText = new Map<string, number[]>();
  ledger.forEach((row, i) => byText.set(pair(squeeze(row.content), row.unit), [...(byText.get(pair(squeeze(row.content), row.unit)) ?? []), i]));
  const rows = ledger.map((row) => ({ ...row }));
  const problems: ReturnProblem[] = [];
  const files: CollectedFile[] = [];
  const filesOfUnit = new Map<string, string[]>();
  const problem = (code: ReturnProblemCode, file: string, unit: string, message: string, ledgerRow?: number) =>
    problems.push({ code, file, unit, message, ...(ledgerRow !== undefined ? { ledgerRow } : {}) });
  const fileProblem = (code: ReturnProblemCode, file: string, message: string, args: MessageArgs, cause?: Warning) =>
    problems.push({ code, file, unit: '', message, args, ...(cause ? { cause } : {}) });

  for (const file of oldestFirst(incoming)) {
    if ('refused' in file) {
      fileProblem('refused', file.fileName, `「${file.fileName}」未能读取：${file.refused.message}`, { file: file.fileName }, file.refused);
      continue;
    }
    const read = returnedRows(file);
    if (read.kind !== 'rows') {
      fileProblem(read.kind, file.fileName, REFUSALS[read.kind](file.fileName), { file: file.fileName });
      continue;
    }
    const used: CollectedFile = { fileName: file.fileName, modified: file.modified, units: [], rows: 0, answered: 0 };
    let otherDocument = 0;
    /** The rows of this file already matched, by ledger row: a second is a duplicate. */
    const seen = new Map<number, { row: ReturnedRow; where: string }>();
    const answeredHere = new Set<number>();
    for (const row of read.rows) {
      const where = `「${file.fileName}」${row.sheet}第${row.line}行`;
      const parsed = parseReturnKey(row.key);
      if (parsed && !tags.has(parsed.document)) {
        otherDocument++;
        continue;
      }
      const at = index.get(pair(row.key, row.unit));
      if (at === undefined) {
        problem('unknown-key', file.fileName, row.unit, unmatched(where, row, keys.has(row.key)));
        continue;
      }
      const target = rows[at];
      if (!target) continue;
      if (!used.units.includes(row.unit)) used.units.push(row.unit);
      const edited = editedTo(row, target, byText);
      if (edited !== undefined) {
        const own = ledger[edited];
        problem(
          'key-edited',
          file.fileName,
          row.unit,
          `${where}的任务键被改成了另一项任务「${brief(target)}」的键：该行内容是「${own ? brief(own) : ''}」。` +
            `${isAnswered(row.answer) ? `其答复（${answerText(row.answer)}）` : '该行'}未汇总到任何一项，请与报送单位核对。`,
          at,
        );
        continue;
      }
      const first = seen.get(at);
      if (first) {
        problem('duplicate-row', file.fileName, row.unit, duplicate(first, { row, where }, target), at);
      } else {
        used.rows++;
        seen.set(at, { row, where });
        checkRow(row, target, where, (code, message) => problem(code, file.fileName, row.unit, message, at));
      }
      if (!isAnswered(row.answer)) continue;
      answeredHere.add(at);
      rows[at] = { ...target, answer: row.answer, file: file.fileName, at: file.modified };
    }
    used.answered = answeredHere.size;
    if (otherDocument > 0) {
      const all = used.rows === 0;
      fileProblem(
        'other-document',
        file.fileName,
        all
          ? `「${file.fileName}」是另一份文件的回收表，与本汇总的任务对不上，未汇总。`
          : `「${file.fileName}」中有 ${otherDocument} 行属于另一份文件，未汇总。`,
        { file: file.fileName, rows: all ? 0 : otherDocument },
      );
      if (all) continue;
    }
    files.push(used);
    for (const unit of used.units) filesOfUnit.set(unit, [...(filesOfUnit.get(unit) ?? []), file.fileName]);
  }

  for (const [unit, names] of filesOfUnit) {
    if (names.length < 2) continue;
    const later = names[names.length - 1];
    problem('sent-twice', later ?? '', unit, `${unit} 报送了 ${names.length} 份：${names.map((n) => `「${n}」`).join('、')}；每项任务以较晚的「${later}」为准，其中未填写的沿用较早的答复。`);
  }
  const answeredUnits = new Set(rows.filter((row) => isAnswered(row.answer)).map((row) => row.unit));
  for (const unit of [...new Set(rows.map((row) => row.unit))]) {
    if (!filesOfUnit.has(unit) && !answeredUnits.has(unit)) problem('not-returned', '', unit, `${unit} 尚未报送（没有收到它的回收表）。`);
  }
  rows.forEach((row, i) => {
    const names = filesOfUnit.get(row.unit);
    if (names && !isAnswered(row.answer)) {
      problem('unanswered', names[names.length - 1] ?? '', row.unit, `${row.unit} 未填写「${brief(row)}」的落实情况。`, i);
    }
  });
  return { rows, problems, files };
}

const REFUSALS: Record<'not-ours' | 'combined' | 'key-deleted', (file: string) => string> = {
  'not-ours': (file) => `「${file}」不是分工表助手下发的任务清单（没有「任务键」「填报单位」「完成状态」「落实情况」列），未汇总。`,
  combined: (file) => `「${file}」是汇总工作簿，不是单位报回的任务清单；如要在它的基础上继续汇总，请把它作为第一个（基础）文件。`,
  'key-deleted': (file) => `「${file}」的「任务键」或「填报单位」列已被删除，无法对应到任务，未汇总；请让该单位在原下发文件上填写后重新报送。`,
};

function checkRow(row: ReturnedRow, target: ProgressRow, where: string, report: (code: ReturnProblemCode, message: string) => void): void {
  if (row.content !== undefined && squeeze(row.content) !== squeeze(target.content)) {
    report('text-changed', `${where}的任务内容与下发时不同（已按任务键汇总其填报）。原文：「${clip(target.content)}」；报回：「${clip(row.content)}」。`);
  }
  if (row.answer.status !== '' && !isKnownStatus(row.answer.status)) {
    report('bad-status', `${where}的完成状态「${row.answer.status}」不是 ${STATUSES.join('/')} 之一，已照录。`);
  }
}

/**
 * The other task of the same unit whose text the row carries, when its own task's text differs: the
 * key was edited (or the row copied over another). Undefined when the text is its own, unknown, or
 * shared by several of the unit's tasks.
 */
function editedTo(row: ReturnedRow, target: ProgressRow, byText: Map<string, number[]>): number | undefined {
  if (row.content === undefined || squeeze(row.content) === '' || squeeze(row.content) === squeeze(target.content)) return undefined;
  const same = byText.get(pair(squeeze(row.content), row.unit)) ?? [];
  return same.length === 1 ? same[0] : undefined;
}

function duplicate(first: { row: ReturnedRow; where: string }, later: { row: ReturnedRow; where: string }, target: ProgressRow): string {
  const [a, b] = [first.row, later.row];
  const head = `${first.where}与第${b.line}行是同一项任务「${brief(target)}」（任务键相同）`;
  if (!isAnswered(a.answer) && !isAnswered(b.answer)) return `${head}，两行都未填写。`;
  if (!isAnswered(b.answer)) return `${head}；第${b.line}行未填写，采用第${a.line}行的答复。`;
  if (!isAnswered(a.answer)) return `${head}；第${a.line}行未填写，采用第${b.line}行的答复。`;
  if (answerText(a.answer) === answerText(b.answer)) return `${head}，两行答复相同。`;
  return `${head}；采用较后的第${b.line}行（${answerText(b.answer)}），第${a.line}行的答复未采用：${answerText(a.answer)}。`;
}

/** An answer in one line, every field it has, so that a reply not collected is still read in full. */
function answerText(answer: Answer): string {
  const parts: Array<[string, string]> = [
    ['完成状态', answer.status],
    ['落实情况', answer.progress],
    ['完成日期', answer.doneOn],
    ['佐证材料', answer.evidence],
  ];
  return parts
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}「${value}」`)
    .join('，');
}

function unmatched(where: string, row: ReturnedRow, keyKnown: boolean): string {
  if (row.key === '') return `${where}没有任务键，无法对应到任务，未汇总。`;
  if (keyKnown) return `${where}的任务键「${row.key}」不是发给「${row.unit}」的任务，未汇总。`;
  return `${where}的任务键「${row.key}」在本汇总中没有对应的任务，未汇总。`;
}

/** Oldest save first, files that do not say when last; the order given breaks ties. */
function oldestFirst(incoming: Incoming[]): Incoming[] {
  const when = (file: Incoming) => ('modified' in file && file.modified !== '' ? file.modified : '\uffff');
  return incoming
    .map((file, order) => ({ file, order }))
    .sort((a, b) => (when(a.file) < when(b.file) ? -1 : when(a.file) > when(b.file) ? 1 : a.order - b.order))
    .map(({ file }) => file);
}

function pair(key: string, unit: string): string {
  return `${key}\u0000${unit}`;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
}

function brief(row: ProgressRow): string {
  return clip([row.seq, row.heading, row.content].filter((t) => t !== '').join(' '));
}

