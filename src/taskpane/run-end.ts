// How a run of the pane ends, as the clerk is told: an error it threw is an internal error, unless
// the clerk had pressed 取消, in which case it stopped at a step before writing anything, and the
// outcome says exactly what was left untouched; a run that finished although 取消 was pressed (the
// write had begun, and a write is never broken off) says that it was written all the same.

import type { PaneOutcome } from './pane-state';
import { outcomeText } from './outcome-strings';

/** What a cancelled run leaves as it was: the preview (a read), the workbook, or the downloads. */
export type Untouched = 'read' | 'workbook' | 'download';

export function internalError(error: unknown): PaneOutcome {
  return { kind: 'failed', title: outcomeText().internalError, lines: [error instanceof Error ? error.message : String(error)], warnings: [] };
}

export function runEnd(cancelled: boolean, untouched: Untouched, result: PaneOutcome | { error: unknown }): PaneOutcome {
  const text = outcomeText();
  if ('error' in result) {
    if (!cancelled) return internalError(result.error);
    const line = { read: text.cancelledRead, workbook: text.workbookUnchanged, download: text.nothingDownloaded }[untouched];
    return { kind: 'failed', title: text.cancelled, lines: [line], warnings: [] };
  }
  return cancelled && result.kind !== 'failed' ? { ...result, lines: [text.writtenBeforeCancel, ...result.lines] } : result;
}
