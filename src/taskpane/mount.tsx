// Mounts the pane in Fluent UI's theme, in the clerk's language, with the page's lang to match (screen
// readers and fonts follow it). Shared by the add-in's page (index.tsx) and the offline file (offline.tsx).
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps } from './components/App';
import { setLanguage, strings } from './strings';

/** `language`: Office's display language, or the browser's outside Office. */
export async function mountPane(props: AppProps, language: string | undefined): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  await setLanguage(language);
  document.documentElement.lang = strings().lang;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}
