// The import sheet's notes beyond the flags: units a document named once for every later task.

import { planWorkbook } from '../../../src/core/plan/workbook';
import { directoryToRows } from '../../../src/core/units/directory-rows';
import { readLayout } from '../../fixtures/layouts/read-layout';

describe('the import sheet', () => {
  test('a responsibility cell whose units were named once for every later task says so in its note, and the others have none', async () => {
    const { analysis } = await readLayout('inline-inherited.txt');
    const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory) });
    const sheet = plan.sheets[1];
    if (!sheet) throw new Error('no import sheet');
    const header = sheet.rows[0]?.map((cell) => (cell?.kind === 'text' ? cell.text : ''));
    const notes = sheet.rows.slice(1).map((row) => row[header?.indexOf('责任单位（原文）') ?? -1]?.note ?? '');
    expect(notes).toHaveLength(3);
    for (const note of notes) expect(note).toContain('【统一注明】「各区县」来自文中「以下……不再注明」的统一说明');
    // Columns other than the responsibility cell carry no such note.
    const others = sheet.rows.slice(1).flatMap((row) => row.filter((_, c) => c !== header?.indexOf('责任单位（原文）')));
    expect(others.filter((cell) => cell?.note?.includes('统一注明'))).toEqual([]);
  });

  test('a document without such a statement gets no 统一注明 note anywhere', async () => {
    const { analysis } = await readLayout('inline-brackets.txt');
    const plan = planWorkbook(analysis, { directoryRows: directoryToRows(analysis.directory) });
    const notes = plan.sheets.flatMap((sheet) => sheet.rows.flat()).filter((cell) => cell?.note?.includes('统一注明'));
    expect(notes).toEqual([]);
  });
});
