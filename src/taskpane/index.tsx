// Entry of the task pane: decide whether Excel is there, then mount the app in Fluent UI's theme.
// Inside Excel the import actions are wired to the workbook; the core and the Office.js renderer
// are loaded on first use, so the pane itself opens fast.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './components/App';
import { excelIsAvailable } from './office-host';
import { setLanguage, strings } from './strings';
import type { PaneActions } from './pane-actions';

/** What works anywhere, in Excel or as a page: read files, preview, and download the workbooks. */
const pageActions: PaneActions = {
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
const outsideActions: PaneActions = {
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

const workbookActions: PaneActions = {
  ...pageActions,
  async generate(batch, choices, progress, oldSheets) {
    const [{ generate }, { runWorkbook }] = await Promise.all([import('./workspace'), import('../excel/excel-run')]);
    return generate(batch, choices, { run: runWorkbook }, progress, oldSheets);
  },
  async showSheet(sheet) {
    const { selectFlaggedCell } = await import('../excel/excel-run');
    return selectFlaggedCell({ sheet, row: 0, column: 0 });
  },
  async selectFlag(target) {
    const { selectFlaggedCell } = await import('../excel/excel-run');
    return selectFlaggedCell(target);
  },
  async setFlagStatus(key, status) {
    const { setFlagStatus } = await import('../excel/excel-run');
    return setFlagStatus(key, status);
  },
  async loadOptions() {
    const { loadOptions } = await import('../excel/excel-run');
    return loadOptions();
  },
  async saveOptions(options) {
    const { saveOptions } = await import('../excel/excel-run');
    return saveOptions(options);
  },
  async readSelection(progress) {
    progress(strings().steps.readingSelection);
    const [{ selectionBatch }, { readSelection }] = await Promise.all([import('./workspace'), import('../excel/excel-run')]);
    return selectionBatch(await readSelection());
  },
  async analyseInPlace(choices, progress) {
    const [{ analyseInPlace }, access] = await Promise.all([import('./in-place'), inPlaceAccess()]);
    return analyseInPlace(choices, access, progress);
  },
  async clearMarks(progress) {
    const [{ clearInPlace }, access] = await Promise.all([import('./in-place'), inPlaceAccess()]);
    return clearInPlace(access, progress);
  },
  async collectFiles(files, progress) {
    const [{ collectReturnedFiles }, access] = await Promise.all([import('./workbook-loop'), loopAccess()]);
    return collectReturnedFiles(await Promise.all(files.map(named)), access, progress);
  },
  async remindDue(progress) {
    const [{ remindDue }, access] = await Promise.all([import('./workbook-loop'), loopAccess()]);
    return remindDue(access, progress);
  },
};

async function loopAccess() {
  const { readLoop, replaceLoop } = await import('../excel/excel-run');
  return { readLoop, replaceLoop };
}

async function inPlaceAccess() {
  const { readSelection, markTable, clearTableMarks } = await import('../excel/excel-run');
  return { readSelection, mark: markTable, clear: clearTableMarks };
}

async function named(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const excelAvailable = await excelIsAvailable();
  setLanguage(excelAvailable ? Office.context.displayLanguage : navigator.language);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App excelAvailable={excelAvailable} actions={excelAvailable ? workbookActions : outsideActions} />
    </FluentProvider>,
  );
}

void mount();
