import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../strings';

export interface HelpPanelProps {
  onClose: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  title: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** 帮助, inside the pane: it must work where the page was opened offline, so it links nowhere. */
export default function HelpPanel({ onClose }: HelpPanelProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <section id="pane-help" className={styles.root} aria-labelledby="help-title">
      <Subtitle2 as="h2" id="help-title" className={styles.title}>
        {text.helpTitle}
      </Subtitle2>
      <ol className={styles.list}>
        {text.helpSteps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <ul className={styles.list}>
        {text.helpNotes.map((note) => (
          <li key={note}>
            <Caption1>{note}</Caption1>
          </li>
        ))}
      </ul>
      <div>
        <Button size="small" onClick={onClose}>
          {text.helpClose}
        </Button>
      </div>
    </section>
  );
}
