import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { PANE_ACTIONS, type PaneActions } from '../pane-actions';
import { ActionItem } from './ActionItem';

export interface ActionListProps {
  actions: PaneActions;
  excelAvailable: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function ActionList({ actions, excelAvailable }: ActionListProps) {
  const styles = useStyles();
  const someComing = PANE_ACTIONS.some((info) => !actions[info.id]);
  return (
    <section className={styles.root} aria-labelledby="actions-title">
      <Subtitle2 as="h2" id="actions-title" className={styles.title}>
        功能 · Actions
      </Subtitle2>
      <ul className={styles.items}>
        {PANE_ACTIONS.map((info) => (
          <ActionItem key={info.id} info={info} onRun={actions[info.id]} excelAvailable={excelAvailable} />
        ))}
      </ul>
      {someComing && (
        <Caption1 className={styles.hint}>
          标「即将推出」的功能正在开发，按钮暂不可用。Actions marked “coming soon” are being built and are disabled for now.
        </Caption1>
      )}
    </section>
  );
}
