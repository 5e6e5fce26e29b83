import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ProblemsPanel, { type ProblemsPanelProps } from '../../../src/taskpane/components/ProblemsPanel';
import type { FlagItem } from '../../../src/taskpane/pane-state';

const FLAG: FlagItem = { key: 'k', severity: 'error', severityLabel: '严重', code: 'blank-unit', codeLabel: '责任单位空白', text: '完成排查', message: '责任单位为空', units: [], status: '待处理', target: { sheet: '导入', row: 3, column: 4 } };

function render(props: Partial<ProblemsPanelProps>): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ProblemsPanel flags={[FLAG]} filter={{ code: '', unit: '' }} onFilter={() => undefined} {...props} />
    </FluentProvider>,
  );
}

const disabledButtons = (html: string) => [...html.matchAll(/<button[^>]*>/g)].filter(([tag]) => /disabled/.test(tag)).length;

describe('ProblemsPanel', () => {
  it('before the problems are in the workbook, 定位 and the statuses are off and the reason is given', () => {
    const html = render({ disabledReason: '「定位」和处理状态要在「生成」之后才能使用' });
    expect(html).toContain('「定位」和处理状态要在「生成」之后才能使用');
    expect(disabledButtons(html)).toBe(3);
  });

  it('once they are, the buttons work and no reason is shown', () => {
    const html = render({ onLocate: () => undefined, onStatus: () => undefined });
    expect(html).not.toContain('之后才能使用');
    expect(disabledButtons(html)).toBe(0);
  });
});
