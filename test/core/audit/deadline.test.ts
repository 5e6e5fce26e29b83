import { deadline } from '../../../src/core/audit/deadline';
import { buildTasks } from '../../../src/core/tasks/build-tasks';
import type { SourceDocument } from '../../../src/core/tables/raw-table';
import { auditInput, textDocument } from './make-task';
import { runRule } from './rule-tester';

/** A plan issued on `date` (or undated) whose 完成时间 column (2) holds each text in turn. */
function plan(deadlines: string[], date?: string, title?: string): ReturnType<typeof auditInput> {
  const document: SourceDocument = {
    ...textDocument(
      [['序号', 'seq'], ['内容', 'content'], ['完成时间', 'deadline'], ['责任单位', 'units']],
      deadlines.map((text, i) => [String(i + 1), '制定清单。', text, '县应急局']),
    ),
    ...(date && { date }),
    ...(title && { title }),
  };
  const tasks = buildTasks([document], { directory: { entries: [] }, firstListedLeads: true });
  return auditInput(tasks, { documents: [document] });
}

runRule(deadline, {
  valid: [
    { name: 'every 完成时间 reads as a day, a recurrence or ongoing work', input: plan(['2025年6月底前', '每季度末', '长期坚持', '10月中旬', ''], '2025-03-25') },
    { name: 'a day falls after the document was issued', input: plan(['2025年4月'], '2025-04-07') },
    { name: 'an undated document takes its year from the title', input: plan(['6月底前'], undefined, '2025年全县安全生产工作要点') },
    { name: 'an undated document gives no day to compare with', input: plan(['2020年'], undefined, '实施方案') },
  ],
  invalid: [
    {
      name: 'the text fits no calendar reading',
      input: plan(['2025年6月底前', '尽快'], '2025-03-25'),
      flags: [{ row: 1, column: 2, severity: 'warning', says: ['「尽快」', '读不出'] }],
    },
    {
      name: 'the day lies before the document was issued',
      input: plan(['2024年6月底前'], '2025-03-25'),
      flags: [{ row: 0, column: 2, says: ['2024-06-30', '早于', '2025-03-25'] }],
    },
    {
      name: 'a month without a year has no year to take from the document',
      input: plan(['6月底前'], undefined, '实施方案'),
      flags: [{ row: 0, column: 2, says: ['没有写年份'] }],
    },
  ],
});
