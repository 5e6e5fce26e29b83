import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { PANE_ACTIONS, type PaneActionId } from '../pane-actions';
import { ActionItem } from './ActionItem';

export interface ActionListProps {
  /** What each action does; an action without one shows that it needs Excel. */
  onFiles: Partial<Record<PaneActionId, (files: File[]) => void>>;
  onRun: Partial<Record<PaneActionId, () => void>>;
  excelAvailable: boolean;
  busy: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  title: { margin: 0 },
});

export function ActionList({ onFiles, onRun, excelAvailable, busy }: ActionListProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="actions-title">
      <Subtitle2 as="h2" id="actions-title" className={styles.title}>
        功能 · Actions
      </Subtitle2>
      <ul className={styles.items}>
        {PANE_ACTIONS.map((info) => (
          <ActionItem key={info.id} info={info} onFiles={onFiles[info.id]} onRun={onRun[info.id]} excelAvailable={excelAvailable} busy={busy} />
        ))}
      </ul>
    </section>
  );
}
