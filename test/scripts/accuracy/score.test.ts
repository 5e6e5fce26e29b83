// The accuracy scorer on tasks built by hand: found by distinctive text, units and leads compared as sets.

import { scoreDocument } from '../../../scripts/accuracy/score';
import type { Task } from '../../../src/core/tasks/task';
import type { UnitMention } from '../../../src/core/units/unit';

function mention(written: string, role: 'lead' | 'support', roleSource: UnitMention['roleSource'] = 'explicit', openEnded = false): UnitMention {
  return { written, canonical: written, kind: 'bureau', role, roleSource, column: 2, openEnded, known: true };
}

function task(content: string, units: UnitMention[]): Task {
  return { document: 0, table: 0, row: 0, source: 'x.txt', tableTitle: '', seq: '1', heading: '', headingFilled: false, content, deadline: '', note: '', responsibility: [], units };
}

test('a label finds its task by text, and its unit and lead sets must match exactly, a closing 等 kept on the name', () => {
  const tasks = [task('开展隐患排查整治。', [mention('县应急局', 'lead'), mention('县公安局', 'support', 'explicit', true)]), task('组织应急演练。', [mention('县应急局', 'support', 'default')])];
  const score = scoreDocument(
    [
      { text: '隐患排查', units: ['县公安局等', '县应急局'], lead: ['县应急局'] },
      { text: '应急演练', units: ['县应急局'], lead: ['县应急局'] },
      { text: '消防检查', units: ['县消防救援大队'], lead: [] },
    ],
    tasks,
  );
  expect([score.tasks, score.rowsFound, score.unitsExact, score.leadsExact]).toEqual([3, 2, 2, 1]);
  // A role read only as a placeholder ('default') is no lead.
  expect(score.scores[1]).toMatchObject({ found: true, unitsExact: true, leadsExact: false, lead: [] });
  expect(score.scores[2]).toMatchObject({ found: false, units: [] });
});

test('full-width forms and spacing do not count as a difference, a different name does', () => {
  const score = scoreDocument(
    [{ text: '隐患排查', units: ['各乡镇(街道)', '县应急局'], lead: [] }],
    [task('隐患排查', [mention('各乡镇（街道）', 'support'), mention('县应急管理局', 'support')])],
  );
  expect(score.unitsExact).toBe(0);
  const same = scoreDocument([{ text: '隐患排查', units: ['各乡镇(街道)'], lead: [] }], [task('隐患排查', [mention('各乡镇（街道）', 'support')])]);
  expect(same.unitsExact).toBe(1);
});

test('a label written in Traditional script matches the same name read in Simplified, however short', () => {
  const score = scoreDocument([{ text: '建設嶗山實驗室', units: ['省科技廳'], lead: ['省科技廳'] }], [task('高质量建设崂山实验室', [mention('省科技厅', 'lead')])]);
  expect([score.rowsFound, score.unitsExact, score.leadsExact]).toEqual([1, 1, 1]);
});
