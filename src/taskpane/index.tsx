// Entry of the task pane: decide whether Excel is there, then mount the app. Inside Excel the actions
// are wired to the workbook; the core and the Office.js renderer are loaded on first use, so the pane
// itself opens fast. Outside Excel it does what the page can (page-actions.ts).
import { mountPane } from './mount';
import { excelIsAvailable } from './office-host';
import { named, outsideActions, pageActions } from './page-actions';
import { strings } from './strings';
import type { PaneActions } from './pane-actions';

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

async function mount(): Promise<void> {
  const excelAvailable = await excelIsAvailable();
  await mountPane({ excelAvailable, actions: excelAvailable ? workbookActions : outsideActions }, excelAvailable ? Office.context.displayLanguage : navigator.language);
}

void mount();
