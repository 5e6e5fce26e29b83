import { repeatedUnit } from '../../../src/core/audit/repeated-unit';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(repeatedUnit, {
  valid: [
    { name: 'each unit appears once', input: auditInput([task({ units: [mention('县水利局'), mention('县林业局')] })]) },
    {
      name: 'the same unit is in two different cells of the task',
      input: auditInput([task({ units: [mention('县水利局', { column: 3 }), mention('县水利局', { column: 4 })] })]),
    },
    {
      name: 'the same unit is in two different tasks',
      input: auditInput([task({ row: 0, units: [mention('县水利局')] }), task({ row: 1, units: [mention('县水利局')] })]),
    },
  ],
  invalid: [
    {
      name: 'one bureau is written twice the same way',
      input: auditInput([task({ row: 4, units: [mention('县水利局'), mention('县林业局'), mention('县水利局')] })]),
      flags: [{ row: 4, column: 3, severity: 'warning', units: ['县水利局', '县水利局'], says: ['「县水利局」', '2次'] }],
    },
    {
      name: 'one bureau appears under two of its names',
      input: auditInput([
        task({ row: 9, units: [mention('县应急局', { canonical: '县应急管理局' }), mention('县应急管理局')] }),
      ]),
      flags: [{ row: 9, column: 3, units: ['县应急局', '县应急管理局'], says: ['同一单位'] }],
    },
  ],
});
