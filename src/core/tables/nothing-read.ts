// A document that yields no task must never pass for one with no problems: every command and the pane
// refuse it with the same words, saying what was looked for and what the clerk can do.

import { warning, type Warning } from '../result';
import type { SourceDocument } from './raw-table';

/** Every table row becomes a task, so a document yields tasks exactly when one of its tables has a row. */
export function yieldsTasks(document: SourceDocument): boolean {
  return document.tables.some((table) => table.rows.length > 0);
}

/** zh-CN, two lines: what was looked for and not found, then what to bring instead. */
export function nothingReadMessage(document: SourceDocument): string {
  return nothingRead(document).message;
}

/** The same as a coded problem, `args.because` the warning that says why (lost-table, appendix-missing), if any. */
export function nothingRead(document: SourceDocument): Warning {
  const looked = '没有读到任何任务：文中没有表头含「序号」「责任单位」「牵头单位」等列名的分工表，也没有写明「牵头单位：……」或〔……牵头〕的任务。';
  const codes = new Set(document.warnings.map((w) => w.code));
  const because = codes.has('lost-table') ? 'lost-table' : codes.has('appendix-missing') ? 'appendix-missing' : '';
  const advice =
    because === 'lost-table'
      ? '表格在导出为文本时丢失了单元格边界：请改用原始的 .docx 文件或网页（.html）导入。'
      : because === 'appendix-missing'
        ? '附件可能是单独的文件：请导入附件原件。'
        : '原件中有表格时，请改用原始的 .docx 文件或网页（.html）导入，纯文本导出可能丢失了表格。';
  return warning('nothing-read', `${looked}\n${advice}`, { because });
}
