// Source positions as a clerk reads them in messages (「第 12 行」, 「表格 2 第 5 行」, 「正文第 3 段」).

import type { SourcePosition } from './raw-table';

export function describePosition(position: SourcePosition): string {
  if (position.kind === 'line') return `第 ${position.line} 行`;
  if (position.kind === 'paragraph') return `正文第 ${position.paragraph} 段`;
  return `表格 ${position.table} 第 ${position.row} 行`;
}
