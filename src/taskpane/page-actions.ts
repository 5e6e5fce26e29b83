// What works anywhere, in Excel or as a page (the add-in's page opened outside Excel, or the single
// offline file): read files, preview, download the workbooks, and 回收汇总 and 到期提醒 as downloads. The code
// behind each action loads on first use, so the pane itself opens fast.
import type { PaneActions } from './pane-actions';
import type { PaneOutcome, Progress } from './pane-state';
import { strings } from './strings';

export const pageActions: PaneActions = {
  async readFiles(files, progress) {
    const { readBatch } = await import('./workspace');
    return readBatch(await Promise.all(files.map(named)), progress);
  },
  async review(batch, choices) {
    const { review } = await import('./workspace');
    return review(batch, choices);
  },
  async download(batch, choices, kind, progress, units) {
    const [{ download }, { saveFile }] = await Promise.all([import('./downloads'), import('./save-file')]);
    const { run, file } = await download(batch, choices, kind, progress, units);
    if (file) {
      progress(strings().steps.saving); // the last moment 取消 can stop the download
      saveFile(file);
    }
    return run;
  },
};

/**
 * Outside Excel, the 督办 actions take the combined workbook as a file (with the returns, for
 * 回收汇总) and download the result as a new workbook.
 */
export const outsideActions: PaneActions = {
  ...pageActions,
  collectFiles: (files, progress) => workbookDownload('collectDownload', files, progress),
  dueFiles: (files, progress) => workbookDownload('dueDownload', files, progress),
};

async function workbookDownload(action: 'collectDownload' | 'dueDownload', files: File[], progress: Progress): Promise<PaneOutcome> {
  const [downloads, { saveFile }] = await Promise.all([import('./downloads'), import('./save-file')]);
  const { outcome, file } = await downloads[action](await Promise.all(files.map(named)), progress);
  if (file) {
    progress(strings().steps.saving);
    saveFile(file);
  }
  return outcome;
}

export async function named(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
