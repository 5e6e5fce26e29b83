import { Tab, TabList } from '@fluentui/react-components';
import type { Tab as PaneTab } from '../pane-state';
import { strings } from '../strings';

export interface PaneTabsProps {
  tab: PaneTab;
  problems: number;
  onTab: (tab: PaneTab) => void;
}

export function PaneTabs({ tab, problems, onTab }: PaneTabsProps) {
  const text = strings();
  return (
    <TabList selectedValue={tab} onTabSelect={(_, data) => onTab(data.value as PaneTab)} aria-label={text.tabsLabel} size="small">
      <Tab value="import">{text.tabs.import}</Tab>
      <Tab value="problems">
        {text.tabs.problems}
        {problems > 0 && ` ${problems}`}
      </Tab>
      <Tab value="directory">{text.tabs.directory}</Tab>
      <Tab value="loop">{text.tabs.loop}</Tab>
    </TabList>
  );
}
