// A row inside a table that only names a section (「（一） | 强化责任落实 | |」, or 「二、深化隐患治理」
// alone in a row) is a heading for the rows below it, not a task whose units were left blank.
// Only rows numbered as sections (（一）, 一、) with no unit, content or deadline count, so a task
// whose responsibility cell is truly blank is still flagged.

import type { RawTable } from '../tables/raw-table';
import { isResponsibilityRole } from '../units/roles';
import { SECTION_NUMBER } from '../text/section-heading';


/** For each row, the section it lies under ('' when none), or null when the row is itself a section. */
export function sectionsOf(table: RawTable, texts: string[][]): Array<string | null> {
  const quiet = table.columns.flatMap((c, i) => (isResponsibilityRole(c.role) || c.role === 'content' || c.role === 'deadline' ? [i] : []));
  let section = '';
  return texts.map((cells) => {
    const filled = cells.filter((text) => text !== '');
    const named = filled.join('');
    // A table with no 序号 or 名称 column puts its section lines in the first column, whatever its role.
    const firstOnly = filled.length === 1 && cells[0] !== '' && cells.length > 1;
    const isSection =
      filled.length >= 1 && filled.length <= 2 && SECTION_NUMBER.test(named) && ((quiet.every((c) => cells[c] === '') && quiet.length < cells.length) || firstOnly);
    if (!isSection) return section;
    section = filled.join(' ');
    return null;
  });
}
