import { unknownUnit } from '../../../src/core/audit/unknown-unit';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

const directory = { entries: [{ canonical: '县应急管理局', aliases: ['县应急局'], kind: 'bureau' as const, members: [] }] };

runRule(unknownUnit, {
  valid: [
    {
      name: 'no directory was given, so every name is the documents’ own',
      input: auditInput([task({ units: [mention('县应急管理局'), mention('县气象局', { known: false })] })]),
    },
    {
      name: 'the directory knows every name',
      input: auditInput([task({ units: [mention('县应急局', { canonical: '县应急管理局' })] })], { directory, directoryGiven: true }),
    },
    {
      name: 'the only unknown name is a vague reference, which vague-unit reports',
      input: auditInput([task({ units: [mention('有关部门', { kind: 'vague', known: false })] })], { directory, directoryGiven: true }),
    },
  ],
  invalid: [
    {
      name: 'a bureau is missing from the clerk’s directory',
      input: auditInput([task({ row: 7, units: [mention('县应急管理局'), mention('县气象局', { known: false })] })], { directory, directoryGiven: true }),
      flags: [{ row: 7, column: 3, severity: 'warning', units: ['县气象局'], says: ['「县气象局」', '名录'] }],
    },
  ],
});
