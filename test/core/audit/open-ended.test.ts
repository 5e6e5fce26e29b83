import { openEnded } from '../../../src/core/audit/open-ended';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(openEnded, {
  valid: [
    { name: 'every unit is named', input: auditInput([task({ units: [mention('县应急管理局'), mention('县公安局')] })]) },
    { name: 'there are no units', input: auditInput([task()]) },
  ],
  invalid: [
    {
      name: 'the list ends with 等',
      input: auditInput([
        task({ row: 4, units: [mention('县经济信息委'), mention('县市场监管局', { openEnded: true }), mention('各乡镇（街道）', { kind: 'group' })] }),
      ]),
      flags: [{ row: 4, column: 3, severity: 'warning', units: ['县市场监管局'], says: ['「县市场监管局」', '等'] }],
    },
    {
      name: 'two cells of one task end with 等, one flag each',
      input: auditInput([
        task({ row: 2, units: [mention('县应急管理局', { column: 3, openEnded: true }), mention('县财政局', { column: 4, openEnded: true })] }),
      ]),
      flags: [
        { row: 2, column: 3 },
        { row: 2, column: 4 },
      ],
    },
  ],
});
