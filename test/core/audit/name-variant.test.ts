import { nameVariant } from '../../../src/core/audit/name-variant';
import { auditInput, mention, task, textDocument } from './make-task';
import { runRule } from './rule-tester';

const documents = [textDocument([['责任单位', 'units']], [], '四、城乡消防专项')];
const market = (written: string) => mention(written, { canonical: '市场监督管理局' });

runRule(nameVariant, {
  valid: [
    {
      name: 'a bureau is always written the same way',
      input: auditInput([task({ row: 0, units: [market('市场监督管理局')] }), task({ row: 1, units: [market('市场监督管理局')] })]),
    },
    {
      name: 'documents of different levels name their own bureaus, each its own way',
      input: auditInput([
        task({ document: 0, units: [mention('县应急管理局', { canonical: '应急管理局' }), mention('县公安局')] }),
        task({ document: 1, units: [mention('区应急局', { canonical: '应急管理局' }), mention('区公安分局')] }),
        task({ document: 2, units: [mention('综合执法局（应急管理局）', { canonical: '应急管理局' })] }),
      ]),
    },
    {
      name: 'a county document names the city’s bureau beside its own, both resolved to one bare directory entry',
      input: auditInput([
        task({ row: 0, units: [mention('县应急管理局', { canonical: '应急管理局' }), mention('县公安局')] }),
        task({ row: 1, units: [mention('市应急局', { canonical: '应急管理局' }), mention('县水利局')] }),
      ]),
    },
    {
      name: 'writings differ only in a level prefix',
      input: auditInput([
        task({ row: 0, units: [mention('县市场监管局', { canonical: '市场监管局' })] }),
        task({ row: 1, units: [mention('县市场监管局', { canonical: '市场监管局' })] }),
        task({ row: 2, units: [mention('市场监管局')] }),
      ]),
    },
    {
      name: 'one writing adds a capacity in brackets or a trailing 等',
      input: auditInput([
        task({ row: 0, units: [mention('县发展改革委（县国动办）', { canonical: '县发展改革委' })] }),
        task({ row: 1, units: [mention('县发展改革委等', { canonical: '县发展改革委', openEnded: true })] }),
        task({ row: 2, units: [mention('县发展改革委')] }),
      ]),
    },
    {
      name: 'two groups are written differently (only bureaus are judged)',
      input: auditInput([task({ units: [mention('各镇街', { kind: 'group' }), mention('各乡镇（街道）', { kind: 'group', canonical: '各镇街', column: 4 })] })]),
    },
  ],
  invalid: [
    {
      name: 'one row writes 市场监管局 where the others write 市场监督管理局',
      input: auditInput(
        [
          task({ table: 0, row: 0, units: [market('市场监督管理局')] }),
          task({ table: 0, row: 5, units: [market('市场监督管理局')] }),
          task({ table: 0, row: 6, units: [mention('建设局'), market('市场监管局')] }),
        ],
        { documents },
      ),
      flags: [
        {
          row: 6,
          column: 3,
          severity: 'warning',
          units: ['市场监管局'],
          says: ['「市场监督管理局」（2处：《plan.txt》「四、城乡消防专项」第1行、第6行）', '「市场监管局」（1处：《plan.txt》「四、城乡消防专项」第7行）'],
        },
      ],
    },
    {
      name: 'a bureau is written by its bracketed name alone, and also by an abbreviation',
      input: auditInput([
        task({ row: 1, units: [mention('综合执法局（应急管理局）')] }),
        task({ row: 2, units: [mention('综合执法局（应急管理局）')] }),
        task({ row: 3, units: [mention('应急管理局', { canonical: '综合执法局（应急管理局）' })] }),
        task({ row: 4, units: [mention('应急局', { canonical: '综合执法局（应急管理局）' })] }),
        task({ row: 7, units: [mention('应急管理局', { canonical: '综合执法局（应急管理局）' })] }),
      ]),
      flags: [
        { row: 3, column: 3, units: ['应急管理局'] },
        { row: 4, column: 3, units: ['应急局'] },
      ],
    },
    {
      name: 'two county documents write one bureau two ways',
      input: auditInput([
        task({ document: 0, units: [mention('县应急管理局'), mention('县公安局')] }),
        task({ document: 1, units: [mention('县应急局', { canonical: '县应急管理局' })] }),
        task({ document: 1, row: 1, units: [mention('县应急管理局')] }),
      ], { documents: [{ ...documents[0]!, source: '2024.txt' }, { ...documents[0]!, source: '2025.txt' }] }),
      flags: [{ row: 0, column: 3, units: ['县应急局'], says: ['「县应急管理局」（2处：《2024.txt》「四、城乡消防专项」第1行、《2025.txt》「四、城乡消防专项」第2行）'] }],
    },
    {
      name: 'a bare writing in a county document is the county’s bureau, written another way',
      input: auditInput([
        task({ row: 0, units: [mention('县应急管理局'), mention('县公安局')] }),
        task({ row: 1, units: [mention('应急局', { canonical: '县应急管理局' }), mention('县水利局')] }),
      ]),
      flags: [{ row: 1, column: 3, units: ['应急局'] }],
    },
    {
      name: 'the full name and its abbreviation are both used in one county document',
      input: auditInput([
        task({ row: 0, units: [mention('县应急局', { canonical: '县应急管理局' })] }),
        task({ row: 1, units: [mention('县应急管理局')] }),
      ]),
      flags: [{ row: 0, column: 3, units: ['县应急局'] }],
    },
  ],
});

test('the suggestion names the canonical writing', () => {
  const [flag] = nameVariant.check(
    auditInput([task({ row: 0, units: [market('市场监督管理局')] }), task({ row: 1, units: [market('市场监管局')] })]),
  );
  expect(flag?.suggestion).toBe('把「市场监管局」统一写作「市场监督管理局」。');
});
