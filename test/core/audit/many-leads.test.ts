import { manyLeads } from '../../../src/core/audit/many-leads';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

const lead = (written: string, over = {}) => mention(written, { role: 'lead', roleSource: 'column', ...over });

runRule(manyLeads, {
  valid: [
    { name: 'one unit leads', input: auditInput([task({ units: [lead('区住房城乡建委'), mention('区水利局', { roleSource: 'column', column: 4 })] })]) },
    {
      name: 'one lead is written twice (repeated-unit’s finding)',
      input: auditInput([task({ units: [lead('区应急局', { canonical: '区应急管理局' }), lead('区应急管理局')] })]),
    },
    {
      name: 'roles come from the first-listed convention',
      input: auditInput([task({ units: [mention('区应急局', { role: 'lead' }), mention('区水利局', { role: 'lead' })] })]),
    },
  ],
  invalid: [
    {
      name: 'the 牵头 column names two bureaus',
      input: auditInput([task({ row: 6, responsibility: [{ column: 3, role: 'lead', text: '区住房城乡建委、区水利局', merged: false }], units: [lead('区住房城乡建委'), lead('区水利局')] })]),
      flags: [{ row: 6, column: 3, severity: 'warning', units: ['区住房城乡建委', '区水利局'], says: ['2个牵头单位'] }],
    },
    {
      name: 'a cell says 「甲、乙牵头」',
      input: auditInput([task({ row: 1, units: [lead('区交通局', { roleSource: 'explicit' }), lead('区公安分局', { roleSource: 'explicit' })] })]),
      flags: [{ row: 1, column: 3 }],
    },
  ],
});
