import { audit } from '../../../src/core/audit/index';
import { auditInput, mention, task } from './make-task';

test('the audit returns every rule’s flags in reading order: document, table, row, column, code', () => {
  const tasks = [
    task({ document: 1, table: 0, row: 0, units: [mention('有关部门', { kind: 'vague' })] }),
    task({ document: 0, table: 2, row: 3, units: [mention('县水利局', { openEnded: true }), mention('县水利局')] }),
    task({ document: 0, table: 2, row: 1, units: [mention('有关部门', { kind: 'vague', column: 4 }), mention('县林业局', { openEnded: true })] }),
    task({ document: 0, table: 0, row: 9 }),
  ];
  const flags = audit(auditInput(tasks));
  expect(flags.map((f) => [f.document, f.table, f.row, f.column, f.code])).toEqual([
    [0, 0, 9, 0, 'blank-unit'],
    [0, 2, 1, 3, 'open-ended'],
    [0, 2, 1, 4, 'vague-unit'],
    [0, 2, 3, 3, 'open-ended'],
    [0, 2, 3, 3, 'repeated-unit'],
    [1, 0, 0, 3, 'vague-unit'],
  ]);
});
