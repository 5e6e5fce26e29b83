// A text export can lose a table's cell boundaries: Word's 「纯文本」 of a table pasted from a PDF, a
// web page copied without its layout. What is left is a header line run together
// (「序号项目名称主要内容牵头单位配合单位」), or rows whose unit names are glued to the content and
// the date (「1隐患排查整治开展排查县应急局县公安局2025年12月底前」): the table was there, but no
// reader can cut it back into cells. Say so, and ask for the file that still has the table.

import { warning, type Warning } from '../result';

const LABELS = ['序号', '名称', '内容', '目标', '措施', '完成时间', '完成时限', '时间', '牵头单位', '配合单位', '责任单位', '协办单位', '备注'];
/** A header line is short; a body sentence that happens to name three of these is long. */
const LONGEST_HEADER = 60;
const LABELS_NEEDED = 3;

/** Lines with several column labels and no separator between them. */
function runTogetherHeader(line: string): boolean {
  const text = line.replace(/\s+/g, '');
  if (text === '' || text.length > LONGEST_HEADER || /[|\t，。；,;]/.test(line)) return false;
  let rest = text;
  let found = 0;
  for (const label of [...LABELS].sort((a, b) => b.length - a.length)) {
    if (!rest.includes(label)) continue;
    rest = rest.replace(label, '\u0000');
    found += 1;
  }
  return found >= LABELS_NEEDED && /(?:牵头|配合|责任|协办)单位/.test(text);
}

/**
 * A numbered line with no separator in which a unit name runs straight into another unit or into a
 * date: a table row whose cells were glued together.
 */
const GLUED_ROW = /^\d{1,3}[\u4e00-\u9fff]/;
const GLUED_UNIT = /(?:局|委|办|厅|中心|大队|支队|政府|街道|公司)(?:[县区市省镇乡]|各|\d{4}年|\d{1,2}月)/;
const GLUED_ROWS_NEEDED = 2;

function runTogetherRow(line: string): boolean {
  const text = line.trim();
  return text.length >= 15 && !/[|\t]/.test(text) && GLUED_ROW.test(text) && GLUED_UNIT.test(text);
}

const ADVICE = '这份文本在导出时丢失了表格的单元格边界，无法还原成表格。请改用原始的 .docx 文件或网页（.html）导入。';

export function lostTableWarning(text: string): Warning | undefined {
  const lines = text.split('\n');
  const header = lines.find(runTogetherHeader);
  if (header !== undefined) return warning('lost-table', `文中有一行像是表头，但各列连在了一起（「${header.trim()}」）：${ADVICE}`, { header: header.trim() });
  const rows = lines.filter(runTogetherRow);
  if (rows.length < GLUED_ROWS_NEEDED) return undefined;
  const first = rows[0]?.trim() ?? '';
  const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  return warning('lost-table', `文中有 ${rows.length} 行像是表格的行，但序号、内容、单位和时间连在了一起（如「${shown}」）：${ADVICE}`, { rows: rows.length, row: shown });
}
