import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ActionItem } from '../../../src/taskpane/components/ActionItem';
import { PANE_ACTIONS } from '../../../src/taskpane/pane-actions';

const importInfo = PANE_ACTIONS[0];

function render(onRun: (() => void) | undefined, excelAvailable: boolean): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ActionItem info={importInfo} onRun={onRun} excelAvailable={excelAvailable} />
    </FluentProvider>,
  );
}

const run = () => undefined;

describe('ActionItem', () => {
  it('disables an action that has no handler yet and marks it coming soon', () => {
    const html = render(undefined, true);
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain('即将推出 · Coming soon');
  });

  it('disables a built action outside Excel and says Excel is needed', () => {
    const html = render(run, false);
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain('需要 Excel · Needs Excel');
  });

  it('enables a built action inside Excel with no status badge', () => {
    const html = render(run, true);
    expect(html).not.toMatch(/<button[^>]*disabled/);
    expect(html).not.toContain('Coming soon');
    expect(html).not.toContain('Needs Excel');
    expect(html).toContain(importInfo.label);
  });
});
