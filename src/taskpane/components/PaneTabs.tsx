// The pane's four tabs as a plain WAI-ARIA tab bar (buttons with role="tab" in a role="tablist"), not
// Fluent UI's TabList: TabList and the tabster keyboard library it brings cost the first load about
// 23 KB gzipped for what four buttons and one key handler do. One tab stop (roving tabIndex);
// ArrowLeft/ArrowRight (wrapping), Home and End move the focus and select the tab at once.
import { useRef, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Tab as PaneTab } from '../pane-state';
import { strings } from '../strings';

export interface PaneTabsProps {
  tab: PaneTab;
  problems: number;
  onTab: (tab: PaneTab) => void;
}

/** The tabs in the order they are shown and walked by the arrow keys. */
export const PANE_TABS: readonly PaneTab[] = ['import', 'problems', 'directory', 'loop'];

/** The tab a key moves to from `from`, or undefined for a key the tab bar leaves alone. */
export function tabAfterKey(from: PaneTab, key: string): PaneTab | undefined {
  const at = PANE_TABS.indexOf(from);
  const last = PANE_TABS.length - 1;
  switch (key) {
    case 'ArrowRight':
      return PANE_TABS[at === last ? 0 : at + 1];
    case 'ArrowLeft':
      return PANE_TABS[at <= 0 ? last : at - 1];
    case 'Home':
      return PANE_TABS[0];
    case 'End':
      return PANE_TABS[last];
    default:
      return undefined;
  }
}

/** The id of a tab's button, for a panel's aria-labelledby. */
export const paneTabId = (tab: PaneTab) => `pane-tab-${tab}`;

/** The one panel shown, the selected tab's (App renders it). */
export const PANE_PANEL_ID = 'pane-tabpanel';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}` },
  tab: {
    position: 'relative',
    flexShrink: 0,
    margin: 0,
    // 6 px a side: the English labels (Import, Issues 120, Units, Follow-up) still fit one line at 320 px.
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'nowrap',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, zIndex: 1 },
    // The indicator: a bar under the label, shown when selected (and, fainter, on hover).
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    // High contrast: the bar in the system's highlight colour, as backgrounds are otherwise dropped.
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'Highlight', forcedColorAdjust: 'none' } },
  },
});

export function PaneTabs({ tab, problems, onTab }: PaneTabsProps) {
  const styles = useStyles();
  const text = strings();
  const buttons = useRef(new Map<PaneTab, HTMLButtonElement>());
  const keyed = (event: KeyboardEvent<HTMLButtonElement>, from: PaneTab) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const to = tabAfterKey(from, event.key);
    if (!to) return;
    event.preventDefault();
    buttons.current.get(to)?.focus();
    if (to !== tab) onTab(to);
  };
  return (
    <div role="tablist" aria-label={text.tabsLabel} aria-orientation="horizontal" className={styles.list}>
      {PANE_TABS.map((value) => {
        const selected = value === tab;
        return (
          <button
            key={value}
            ref={(button) => {
              if (button) buttons.current.set(value, button);
              else buttons.current.delete(value);
            }}
            type="button"
            role="tab"
            id={paneTabId(value)}
            aria-selected={selected}
            aria-controls={selected ? PANE_PANEL_ID : undefined}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected)}
            onClick={() => onTab(value)}
            onKeyDown={(event) => keyed(event, value)}
          >
            {text.tabs[value]}
            {value === 'problems' && problems > 0 && ` ${problems}`}
          </button>
        );
      })}
    </div>
  );
}
