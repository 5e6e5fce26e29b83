import { analyse } from '../../../src/core/analyse';
import { readmeSheet } from '../../../src/core/plan/readme-sheet';
import type { ColumnRole } from '../../../src/core/tables/raw-table';
import { textDocument } from '../audit/make-task';

const COLUMNS: Array<[string, ColumnRole]> = [['序号', 'seq'], ['工作任务', 'group'], ['责任单位', 'units']];

/** The texts of the 说明 sheet's last row: what it says about leads. */
function leadNote(rows: string[][]): string {
  const sheet = readmeSheet('说明', analyse([textDocument(COLUMNS, rows)]), []);
  const cell = sheet.rows[sheet.rows.length - 1]?.[0];
  return cell?.kind === 'text' ? cell.text : '';
}

describe('the 说明 sheet', () => {
  test('says how many leads were inferred from the first-listed convention', () => {
    expect(leadNote([['1', '清单', '各镇街、县应急局'], ['2', '排查', '县公安局牵头，县交通局配合'], ['3', '演练', '县应急局、县公安局']])).toBe(
      '牵头单位：2 项任务原文未写明牵头单位，按「列第一位的为牵头单位」推定为列在第一位的单位，请核对。',
    );
  });

  test('says every lead was written when none was inferred', () => {
    expect(leadNote([['1', '排查', '县公安局牵头，县交通局配合']])).toBe('牵头单位：均按原文写明的牵头单位。');
  });
});
