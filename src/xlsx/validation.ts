// Dropdown lists. The list is written inline ("待处理,已确认,忽略"), which both Excel and
// LibreOffice read without a helper range; plan values never contain a comma.

import type { Worksheet } from 'exceljs';
import type { SheetPlan } from '../core/plan/workbook-plan';

export function addValidations(worksheet: Worksheet, sheet: SheetPlan): void {
  for (const { range, values } of sheet.validations) {
    const list = `"${values.join(',').replace(/"/g, '""')}"`;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        worksheet.getCell(r + 1, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [list],
          showErrorMessage: true,
          errorTitle: '请从列表中选择',
          error: `可选：${values.join('、')}`,
        };
      }
    }
  }
}
