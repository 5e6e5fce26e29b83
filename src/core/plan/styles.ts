// The look of each named style. Kept in the plan so that every renderer paints the same colours.

import type { StyleName, StyleSpec } from './workbook-plan';

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, fontSize: 14, vertical: 'middle' },
  subtitle: { fontColor: '595959', wrap: true, vertical: 'top' },
  header: { bold: true, fill: 'D9E1F2', wrap: true, horizontal: 'center', vertical: 'middle', border: true },
  section: { bold: true, fill: 'EDEDED' },
  wrap: { wrap: true, vertical: 'top', border: true },
  center: { horizontal: 'center', vertical: 'middle', border: true },
  link: { fontColor: '0563C1', underline: true },
  input: { fill: 'FFFFF0', border: true },
  // Severity colours follow Excel's own "bad / neutral / note" cell styles, which clerks know.
  error: { fill: 'FFC7CE', fontColor: '9C0006' },
  warning: { fill: 'FFEB9C', fontColor: '9C5700' },
  info: { fill: 'DDEBF7', fontColor: '1F4E78' },
};
