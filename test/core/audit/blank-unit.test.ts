import { blankUnit } from '../../../src/core/audit/blank-unit';
import type { ColumnRole } from '../../../src/core/tables/raw-table';
import { auditInput, mention, task, textDocument } from './make-task';
import { runRule } from './rule-tester';

const COLUMNS: Array<[string, ColumnRole]> = [
  ['序号', 'seq'],
  ['名称', 'group'],
  ['2025年目标', 'content'],
  ['责任单位', 'units'],
];
const document = textDocument(COLUMNS, [
  ['5', '', '建立更新行业领域基础台账。', '建设局、城市建设事务中心等'],
  ['6', '', '动态厘清新兴业态安全监管职责。', ''],
  ['7', '', '推动燃气安全监管智能化建设。', ''],
]);
const blankCell = { column: 3, role: 'units' as const, text: '', merged: false };

runRule(blankUnit, {
  valid: [
    { name: 'the task names a unit', input: auditInput([task({ units: [mention('建设局')] })]) },
    {
      name: 'the source merges the cell into the one above (docx), so it carries the units above',
      input: auditInput([task({ responsibility: [{ column: 3, role: 'units', text: '建设局', merged: true }], units: [] })]),
    },
    {
      name: 'only a vague reference is named, which vague-unit reports',
      input: auditInput([task({ units: [mention('有关部门', { kind: 'vague' })] })]),
    },
  ],
  invalid: [
    {
      name: 'the 责任单位 cell of a text export is blank under a filled one: a lost merge is suggested',
      input: auditInput([task({ row: 1, responsibility: [blankCell] })], { documents: [document] }),
      flags: [{ row: 1, column: 3, severity: 'error', units: [], says: ['没有填写责任单位', '上一行责任单位为「建设局、城市建设事务中心等」', '合并单元格'] }],
    },
    {
      name: 'two blanks in a row under a filled cell: the second points at the filled one',
      input: auditInput([task({ row: 2, responsibility: [blankCell] })], { documents: [document] }),
      flags: [{ row: 2, column: 3, says: ['上方第1行责任单位为「建设局、城市建设事务中心等」'] }],
    },
    {
      name: 'a docx cell is blank: no merge was lost, so none is suggested',
      input: auditInput([task({ row: 1, responsibility: [blankCell] })], { documents: [{ ...document, format: 'docx' }] }),
      flags: [{ row: 1, column: 3, says: ['没有填写责任单位'] }],
    },
    {
      name: 'the cell holds text in which no unit can be read',
      input: auditInput([task({ row: 3, responsibility: [{ column: 4, role: 'lead', text: '—', merged: false }] })]),
      flags: [{ row: 3, column: 4, says: ['「—」中没有可识别的单位'] }],
    },
  ],
});

test('a blank message says nothing of a merge when no cell above is filled', () => {
  const [flag] = blankUnit.check(auditInput([task({ row: 0, responsibility: [blankCell] })], { documents: [document] }));
  expect(flag?.message).toBe('该任务没有填写责任单位。');
  expect(flag?.suggestion).toBe('填写责任单位。');
});
