import { collectiveOnly } from '../../../src/core/audit/collective-only';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

const members = mention('安委会各成员单位', { kind: 'group' });
const towns = mention('各镇街', { kind: 'group' });

runRule(collectiveOnly, {
  valid: [
    { name: 'a bureau stands beside the groups', input: auditInput([task({ units: [mention('消防办公室'), towns] })]) },
    { name: 'only a vague reference is named (vague-unit’s finding)', input: auditInput([task({ units: [mention('有关部门', { kind: 'vague' })] })]) },
    { name: 'nothing is named (blank-unit’s finding)', input: auditInput([task()]) },
  ],
  invalid: [
    {
      name: 'a task is carried only by groups',
      input: auditInput([task({ row: 8, units: [members, towns] })]),
      flags: [{ row: 8, column: 3, severity: 'warning', units: ['安委会各成员单位', '各镇街'], says: ['没有具体负责的部门'] }],
    },
    {
      name: 'a headline indicator is carried only by groups, which is the norm there',
      input: auditInput([task({ row: 0, tableTitle: '一、核心绩效指标', units: [members, towns] })]),
      flags: [{ row: 0, column: 3, severity: 'info' }],
    },
  ],
});
