import { noLead } from '../../../src/core/audit/no-lead';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(noLead, {
  valid: [
    {
      name: 'the first-listed convention assumes the roles, so they are not judged',
      input: auditInput([task({ units: [mention('各镇街', { kind: 'group' }), mention('县财政局')] })]),
    },
    {
      name: 'the 牵头 column names a lead',
      input: auditInput([
        task({ units: [mention('县应急管理局', { role: 'lead', roleSource: 'column', column: 3 }), mention('县财政局', { roleSource: 'column', column: 4 })] }),
      ]),
    },
    { name: 'nothing is named (blank-unit’s finding)', input: auditInput([task()]) },
  ],
  invalid: [
    {
      name: 'the 牵头 column is blank while the 配合 column names units',
      input: auditInput([
        task({
          row: 5,
          responsibility: [
            { column: 3, role: 'lead', text: '', merged: false },
            { column: 4, role: 'support', text: '县财政局', merged: false },
          ],
          units: [mention('县财政局', { roleSource: 'column', column: 4 })],
        }),
      ]),
      flags: [{ row: 5, column: 3, severity: 'warning', units: ['县财政局'] }],
    },
    {
      name: 'a cell says only 「X配合」',
      input: auditInput([task({ row: 2, units: [mention('县财政局', { roleSource: 'explicit' })] })]),
      flags: [{ row: 2, column: 3 }],
    },
  ],
});
