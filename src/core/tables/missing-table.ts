// Why a document gave no table. Work plans often list their appendix (「附件：…分工」) while the
// appendix itself travels as a separate file or was left out of the export: say so, by name.

import { warning, type Warning } from '../result';

/** 「附件：名称」「附件1:名称」 on a line of its own (full- or half-width colon). */
const NAMED_APPENDIX = /^\s*附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]\s*(\S.*?)\s*$/m;

export function missingTableWarning(text: string): Warning {
  const named = NAMED_APPENDIX.exec(text);
  if (named) {
    return warning(
      'appendix-missing',
      `文件列出了附件「${named[1]}」，但文中没有它的表格内容（附件可能是单独的文件）：请找到附件原件后再导入。`,
      { appendix: named[1] ?? '' },
    );
  }
  return warning('no-table', '文件中没有找到分工表：需要一张表头含「责任单位」「牵头单位」或「配合单位」等列名的表格。');
}
