// Entry of the task pane: decide whether Excel is there, then mount the app in Fluent UI's theme.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './components/App';
import { excelIsAvailable } from './office-host';

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const excelAvailable = await excelIsAvailable();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App excelAvailable={excelAvailable} actions={{}} />
    </FluentProvider>,
  );
}

void mount();
