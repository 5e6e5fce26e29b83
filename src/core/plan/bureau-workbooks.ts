// The workbooks a clerk sends out: one per concrete bureau that carries a task, holding only its
// assignment list, each with a file name safe on every file system.

import type { Analysis } from '../analysis';
import { recipients } from '../loop/assignments';
import { FileNames } from './file-name';
import { compareText } from './order';
import { fitRowHeights } from './row-heights';
import { legalSheetName } from './sheet-name';
import { STYLES } from './styles';
import { unitTasksSheet } from './unit-tasks-sheet';
import type { WorkbookPlan } from './workbook-plan';

export interface BureauWorkbook {
  unit: string;
  /** 「区应急局.xlsx」, unique ignoring case among the workbooks planned together. */
  fileName: string;
  plan: WorkbookPlan;
}

export function planBureauWorkbooks(analysis: Analysis): BureauWorkbook[] {
  const files = new FileNames('.xlsx');
  return recipients(analysis)
    .sort((a, b) => compareText(a.canonical, b.canonical))
    .map((unit) => ({
      unit: unit.canonical,
      fileName: files.claim(unit.canonical),
      plan: { sheets: [fitRowHeights(unitTasksSheet(legalSheetName(unit.canonical), unit, analysis), STYLES)], styles: STYLES },
    }));
}
