import { vagueUnit } from '../../../src/core/audit/vague-unit';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(vagueUnit, {
  valid: [
    { name: 'the units are bureaus and groups', input: auditInput([task({ units: [mention('建设局'), mention('各镇街', { kind: 'group' })] })]) },
  ],
  invalid: [
    {
      name: 'a cell names 有关行业部门 beside a bureau',
      input: auditInput([task({ row: 14, units: [mention('生态环境局', { openEnded: true }), mention('有关行业部门', { kind: 'vague' }), mention('有关镇街', { kind: 'vague' })] })]),
      flags: [{ row: 14, column: 3, severity: 'warning', units: ['有关行业部门', '有关镇街'], says: ['「有关行业部门」、「有关镇街」'] }],
    },
  ],
});
