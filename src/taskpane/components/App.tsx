import { makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions } from '../pane-actions';
import { ActionList } from './ActionList';
import { Header } from './Header';
import { HostNotice } from './HostNotice';

export interface AppProps {
  /** False in a plain browser or when Office.js could not load. */
  excelAvailable: boolean;
  actions: PaneActions;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '480px',
  },
});

export function App({ excelAvailable, actions }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Header />
      {!excelAvailable && <HostNotice />}
      <ActionList actions={actions} excelAvailable={excelAvailable} />
    </main>
  );
}
