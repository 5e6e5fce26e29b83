// What works anywhere, in Excel or as a page (the add-in's page opened outside Excel, or the single
// offline file): read files, preview, download the workbooks, and 回收汇总 as a download. The code
// behind each action loads on first use, so the pane itself opens fast.
import type { PaneActions } from './pane-actions';
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

/** Outside Excel, 回收汇总 takes the combined workbook with the returns and downloads the result. */
export const outsideActions: PaneActions = {
  ...pageActions,
  async collectFiles(files, progress) {
    const [{ collectDownload }, { saveFile }] = await Promise.all([import('./downloads'), import('./save-file')]);
    const { outcome, file } = await collectDownload(await Promise.all(files.map(named)), progress);
    if (file) {
      progress(strings().steps.saving);
      saveFile(file);
    }
    return outcome;
  },
};

export async function named(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
