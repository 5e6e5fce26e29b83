import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../strings';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** The offline file's one line on where it runs: outside Excel, on this computer, with no network. */
export default function StandaloneNote() {
  const styles = useStyles();
  return (
    <Caption1 as="p" className={styles.note}>
      {strings().standaloneNote}
    </Caption1>
  );
}
