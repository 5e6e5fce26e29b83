// Columns of a text-export table whose rows are wider than its header. The text export does not
// say which header cell spanned two columns, so the guess is made here, once, and always reported.

import { warningAt, type Warning, type WarningWhere } from '../result';
import { columnsOfHeader } from './header-columns';
import type { Column, ColumnRole } from './raw-table';

export interface TextExportColumns {
  columns: Column[];
  warnings: Warning[];
}

/**
 * Columns for a table `width` cells wide under `labels` (width ≥ labels.length). One extra column
 * is read as a heading label spanning the task heading and its content (seed 004: 「重点任务」 over
 * 「1.强化…」 and its measures): the last group label, else the last content label. Any other
 * surplus is kept as unlabelled columns at the end.
 */
export function textExportColumns(labels: string[], roles: ColumnRole[], width: number, where: WarningWhere): TextExportColumns {
  const extra = width - labels.length;
  const span = extra === 1 ? spanningLabel(roles) : undefined;
  const laid = columnsOfHeader(labels.map((label, i) => ({ label, span: i === span ? 2 : 1 })), roles);
  // The roles are given, so columnsOfHeader() cannot refuse the labels.
  const columns = laid?.columns ?? [];
  if (extra === 0) return { columns, warnings: [] };
  if (span !== undefined) {
    const label = columns[span].label;
    const reading = roles[span] === 'group' ? '前一列为任务名称，后一列为任务内容' : '两列都按内容读取';
    return {
      columns,
      warnings: [warningAt('header-span', where, `的表头比数据行少一列：按表头「${label}」横跨两列读取（${reading}），请核对。`, undefined, { label, group: roles[span] === 'group' ? 1 : 0 })],
    };
  }
  const unlabelled = Array.from({ length: extra }, (): Column => ({ label: '', role: 'other' }));
  return {
    columns: [...columns, ...unlabelled],
    warnings: [
      warningAt(
        'header-short',
        where,
        `的表头只有 ${labels.length} 个列名，数据行却有 ${width} 列：多出的 ${extra} 列没有列名，已放在最后，请核对。`,
        undefined,
        { labels: labels.length, columns: width, extra },
      ),
    ],
  };
}

function spanningLabel(roles: ColumnRole[]): number | undefined {
  for (const role of ['group', 'content'] as const) {
    const index = roles.lastIndexOf(role);
    if (index >= 0) return index;
  }
  return undefined;
}
