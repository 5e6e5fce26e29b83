// The bundle benchmark's yardstick: a bare React + Fluent UI v9 pane (a provider, a title, a button),
// built with the same webpack configuration as the real pane.
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Title2, webLightTheme } from '@fluentui/react-components';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">分工表助手</Title2>
      <Button appearance="primary">导入附件表格</Button>
    </FluentProvider>,
  );
}
