// Source positions as a clerk reads them in messages (「第 12 行」, 「表格 2 第 5 行」).

import type { SourcePosition } from './raw-table';

export function describePosition(position: SourcePosition): string {
  return position.kind === 'line' ? `第 ${position.line} 行` : `表格 ${position.table} 第 ${position.row} 行`;
}
