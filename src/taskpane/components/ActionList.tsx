import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { PANE_ACTIONS } from '../pane-actions';
import { ActionItem } from './ActionItem';

export interface ActionListProps {
  onImportFile?: (file: File) => void;
  onImportSelection?: () => void;
  excelAvailable: boolean;
  busy: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  title: { margin: 0 },
});

export function ActionList({ onImportFile, onImportSelection, excelAvailable, busy }: ActionListProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="actions-title">
      <Subtitle2 as="h2" id="actions-title" className={styles.title}>
        功能 · Actions
      </Subtitle2>
      <ul className={styles.items}>
        {PANE_ACTIONS.map((info) => (
          <ActionItem key={info.id} info={info} onFile={onImportFile} onRun={onImportSelection} excelAvailable={excelAvailable} busy={busy} />
        ))}
      </ul>
    </section>
  );
}
