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

function items(lines: readonly string[], Text: typeof Body1 | typeof Caption1) {
  return lines.map((line) => (
    <li key={line}>
      <Text>{line}</Text>
    </li>
  ));
}

/** 帮助, inside the pane: it must work where the page was opened offline, so it links nowhere. */
export default function HelpPanel({ onClose }: HelpPanelProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <section id="pane-help" className={styles.root} aria-labelledby="help-title">
      <Subtitle2 as="h2" id="help-title" className={styles.title}>
        {text.helpTitle}
      </Subtitle2>
      <ol className={styles.list}>{items(text.helpSteps, Body1)}</ol>
      <ul className={styles.list}>{items(text.helpNotes, Caption1)}</ul>
      <div>
        <Button size="small" onClick={onClose}>
          {text.helpClose}
        </Button>
      </div>
    </section>
  );
}
