import { leadAndSupport } from '../../../src/core/audit/lead-and-support';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(leadAndSupport, {
  valid: [
    {
      name: 'lead and support are different units',
      input: auditInput([task({ units: [mention('区应急局', { role: 'lead', roleSource: 'column' }), mention('区财政局', { roleSource: 'column', column: 4 })] })]),
    },
    {
      name: 'a unit listed twice under the first-listed convention (repeated-unit’s finding)',
      input: auditInput([task({ units: [mention('区应急局', { role: 'lead' }), mention('区应急局')] })]),
    },
  ],
  invalid: [
    {
      name: 'a unit is in both the 牵头 and the 配合 column',
      input: auditInput([
        task({
          row: 3,
          units: [
            mention('区应急局', { role: 'lead', roleSource: 'column', canonical: '区应急管理局' }),
            mention('区应急管理局', { roleSource: 'column', column: 4 }),
          ],
        }),
      ]),
      flags: [{ row: 3, column: 4, severity: 'error', units: ['区应急局', '区应急管理局'], says: ['「区应急管理局」', '既是牵头单位又是配合单位'] }],
    },
  ],
});
