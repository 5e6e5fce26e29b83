// Entry of the task pane: decide whether Excel is there, then mount the app in Fluent UI's theme.
// Inside Excel the import actions are wired to the workbook; the core and the Office.js renderer
// are loaded on first use, so the pane itself opens fast.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './components/App';
import { excelIsAvailable } from './office-host';
import type { PaneActions } from './pane-actions';

const workbookActions: PaneActions = {
  async importFile(file, progress) {
    const [{ importFile }, access] = await Promise.all([import('./workbook-import'), workbookAccess()]);
    return importFile(file.name, new Uint8Array(await file.arrayBuffer()), access, progress);
  },
  async importSelection(progress) {
    const [{ importSelection }, access] = await Promise.all([import('./workbook-import'), workbookAccess()]);
    return importSelection(access, progress);
  },
  async collectFiles(files, progress) {
    const [{ collectReturnedFiles }, access] = await Promise.all([import('./workbook-loop'), loopAccess()]);
    const named = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    return collectReturnedFiles(named, access, progress);
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

async function workbookAccess() {
  const { renderIntoOpenWorkbook, readSelection } = await import('../excel/excel-run');
  return { render: renderIntoOpenWorkbook, readSelection };
}

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const excelAvailable = await excelIsAvailable();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App excelAvailable={excelAvailable} actions={excelAvailable ? workbookActions : {}} />
    </FluentProvider>,
  );
}

void mount();
