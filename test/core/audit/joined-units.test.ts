import { joinedUnits } from '../../../src/core/audit/joined-units';
import { auditInput, mention, task } from './make-task';
import { runRule } from './rule-tester';

runRule(joinedUnits, {
  valid: [
    { name: 'the units are separated', input: auditInput([task({ units: [mention('公共服务局'), mention('综合执法局（应急管理局）')] })]) },
    { name: 'a token resolves to a single unit', input: auditInput([task({ units: [mention('县应急局', { joined: ['县应急管理局'] })] })]) },
  ],
  invalid: [
    {
      name: 'two known units are written with no separator',
      input: auditInput([
        task({
          table: 2,
          row: 34,
          units: [mention('建设局'), mention('公共服务局综合执法局（应急管理局）', { joined: ['公共服务局', '综合执法局（应急管理局）'] })],
        }),
      ]),
      flags: [
        {
          row: 34,
          column: 3,
          severity: 'error',
          units: ['公共服务局综合执法局（应急管理局）'],
          says: ['「公共服务局」和「综合执法局（应急管理局）」', '分隔符'],
        },
      ],
    },
  ],
});
