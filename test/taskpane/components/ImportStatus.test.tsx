import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ImportStatus from '../../../src/taskpane/components/ImportStatus';
import type { PaneOutcome } from '../../../src/taskpane/pane-state';

function render(outcome: PaneOutcome): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ImportStatus outcome={outcome} />
    </FluentProvider>,
  );
}

describe('ImportStatus', () => {
  it('shows the advice, and Excel’s own text folded under 「详细信息」', () => {
    const html = render({ kind: 'failed', title: '写入工作簿失败，原有工作表未改动', lines: ['Excel 内部出错，没有说明原因。'], warnings: [], details: ['GeneralException: An internal error has occurred.'] });
    expect(html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>▸ 详细信息<\/button>/);
    expect(html.indexOf('Excel 内部出错')).toBeLessThan(html.indexOf('详细信息'));
    expect(html).not.toContain('GeneralException');
    expect(html).toContain('data-outcome="failed"');
  });

  it('has no 详细信息 when there is nothing of Excel’s to show', () => {
    expect(render({ kind: 'failed', title: '写入工作簿失败', lines: ['工作簿中已有名为「单位汇总」的工作表'], warnings: [] })).not.toContain('详细信息');
  });
});
