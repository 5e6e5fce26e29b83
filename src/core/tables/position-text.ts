// Source positions as a clerk reads them in messages (「第 12 行」, 「表格 2 第 5 行」, 「正文第 3 段」).

import type { SourcePosition } from './raw-table';

/** The same place as a fact of a message (MessageArgs), for the pane to say in its own language: 「line 12」, 「table 2 row 5」, 「paragraph 3」. */
export function positionFact(position: SourcePosition): string {
  if (position.kind === 'line') return `line ${position.line}`;
  if (position.kind === 'paragraph') return `paragraph ${position.paragraph}`;
  return `table ${position.table} row ${position.row}`;
}

export function describePosition(position: SourcePosition): string {
  if (position.kind === 'line') return `第 ${position.line} 行`;
  if (position.kind === 'paragraph') return `正文第 ${position.paragraph} 段`;
  return `表格 ${position.table} 第 ${position.row} 行`;
}
