import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { setLanguage } from '../../../src/taskpane/strings';
import { ActionItem, type ActionItemProps } from '../../../src/taskpane/components/ActionItem';
import { DUE_FROM_FILE, PANE_ACTIONS, type PaneActionId } from '../../../src/taskpane/pane-actions';

function info(id: PaneActionId) {
  const found = PANE_ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
}

function render(props: Partial<ActionItemProps> & Pick<ActionItemProps, 'info'>): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ActionItem busy={false} {...props} />
    </FluentProvider>,
  );
}

const onFiles = () => undefined;

describe('ActionItem', () => {
  it('shows the import as the one primary button, with a picker of several files that offers what it reads and what it answers (.doc, .wps, .pdf, .xlsx)', () => {
    const html = render({ info: info('import'), onFiles });
    expect(html).not.toMatch(/<button[^>]*disabled/);
    expect(html).toContain('accept=".docx,.htm,.html,.txt,.doc,.wps,.rtf,.pdf,.xlsx,.xls,.et"');
    expect(PANE_ACTIONS.filter((a) => a.primary).map((a) => a.id)).toEqual(['import']);
    expect(html).not.toEqual(render({ info: { ...info('import'), primary: false }, onFiles }));
    expect(html).toMatch(/<input[^>]*multiple/);
    expect(html).toContain('导入附件表格');
  });

  it('offers 到期提醒 outside Excel as a picker of one .xlsx file (the combined workbook), enabled', () => {
    const html = render({ info: DUE_FROM_FILE, onFiles });
    expect(html).toContain('accept=".xlsx"');
    expect(html).toMatch(/<input[^>]*type="file"/);
    expect(html).not.toMatch(/<input[^>]*multiple/);
    expect(html).not.toMatch(/<button[^>]*disabled/);
    expect(html).toContain('到期提醒');
  });

  it('offers 回收汇总 as a picker of several .xlsx files', () => {
    const html = render({ info: info('collect'), onFiles });
    expect(html).toContain('accept=".xlsx"');
    expect(html).toMatch(/<input[^>]*multiple/);
    expect(html).toContain('回收汇总');
  });

  it('disables an action that has no handler (one that needs Excel, outside it) and says Excel is needed', () => {
    const html = render({ info: info('selection') });
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain('需要 Excel');
  });

  it('speaks English when the display language is not Chinese, and Chinese again for any zh tag', async () => {
    await setLanguage('en-US');
    try {
      const html = render({ info: info('collect'), onFiles });
      expect(html).toContain('Collect the returns');
      expect(html).not.toContain('回收汇总');
      expect(render({ info: info('selection') })).toContain('Needs Excel');
    } finally {
      await setLanguage('zh-TW');
    }
    expect(render({ info: info('collect'), onFiles })).toContain('回收汇总');
  });

  it('disables an action while another one runs', () => {
    expect(render({ info: info('selection'), onRun: onFiles, busy: true })).toMatch(/<button[^>]*disabled/);
  });
});
