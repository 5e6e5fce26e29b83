import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { setLanguage } from '../../../src/taskpane/strings';
import { PANE_TABS, PaneTabs, tabAfterKey, type PaneTabsProps } from '../../../src/taskpane/components/PaneTabs';

function render(props: Partial<PaneTabsProps> = {}): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneTabs tab="import" problems={0} onTab={() => undefined} {...props} />
    </FluentProvider>,
  );
}

/** Each tab button's opening tag, in order. */
function tabs(html: string): string[] {
  return html.match(/<button[^>]*role="tab"[^>]*>[^<]*/g) ?? [];
}

describe('PaneTabs', () => {
  it('is one labelled tablist of four tab buttons, 导入 / 问题 / 名录 / 督办, in that order', () => {
    const html = render();
    expect(html).toMatch(/<div[^>]*role="tablist"[^>]*aria-label="分工表助手的功能"/);
    const found = tabs(html);
    expect(found).toHaveLength(4);
    expect(found.map((tag) => tag.replace(/^.*>/, ''))).toEqual(['导入', '问题', '名录', '督办']);
    for (const tag of found) expect(tag).toContain('type="button"');
  });

  it('marks only the selected tab aria-selected and makes it the one tab stop', () => {
    for (const tab of PANE_TABS) {
      const found = tabs(render({ tab }));
      found.forEach((tag, i) => {
        const selected = PANE_TABS[i] === tab;
        expect(tag).toContain(`aria-selected="${selected}"`);
        expect(tag).toContain(`tabindex="${selected ? 0 : -1}"`);
        expect(tag).toContain(`id="pane-tab-${PANE_TABS[i]}"`);
      });
    }
  });

  it('shows the number of problems on 问题 only when there are some', () => {
    expect(tabs(render({ problems: 49 }))[1]).toMatch(/>问题 49$/);
    expect(tabs(render({ problems: 0 }))[1]).toMatch(/>问题$/);
  });

  it('gives the selected tab a different class from the others, for its indicator', () => {
    const classOf = (tag: string | undefined) => tag?.match(/class="([^"]*)"/)?.[1];
    const found = tabs(render({ tab: 'directory' }));
    expect(classOf(found[0])).toBe(classOf(found[1]));
    expect(classOf(found[2])).not.toBe(classOf(found[0]));
  });

  it('speaks English when the display language is not Chinese', async () => {
    await setLanguage('en-US');
    try {
      const html = render({ problems: 3 });
      expect(html).toContain('aria-label="RespMatrix panels"');
      expect(tabs(html).map((tag) => tag.replace(/^.*>/, ''))).toEqual(['Import', 'Issues 3', 'Units', 'Follow-up']);
    } finally {
      await setLanguage('zh-CN');
    }
  });

  it('moves to the next tab with ArrowRight and the previous with ArrowLeft, wrapping at either end', () => {
    expect(tabAfterKey('import', 'ArrowRight')).toBe('problems');
    expect(tabAfterKey('problems', 'ArrowRight')).toBe('directory');
    expect(tabAfterKey('directory', 'ArrowRight')).toBe('loop');
    expect(tabAfterKey('loop', 'ArrowRight')).toBe('import');
    expect(tabAfterKey('loop', 'ArrowLeft')).toBe('directory');
    expect(tabAfterKey('problems', 'ArrowLeft')).toBe('import');
    expect(tabAfterKey('import', 'ArrowLeft')).toBe('loop');
  });

  it('moves to the first tab with Home and the last with End, from any tab', () => {
    for (const tab of PANE_TABS) {
      expect(tabAfterKey(tab, 'Home')).toBe('import');
      expect(tabAfterKey(tab, 'End')).toBe('loop');
    }
  });

  it('leaves every other key alone, so Tab leaves the tab bar and Enter or Space click the tab', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a', 'Escape']) expect(tabAfterKey('problems', key)).toBeUndefined();
  });
});
