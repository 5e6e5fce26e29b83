import { Body1, Button, Caption1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../strings';

export interface HeaderProps {
  /** Where the 64 px icon is served from, relative to taskpane.html. */
  iconSrc?: string;
  /** Whether the in-pane help is open, and its toggle. */
  help?: { open: boolean; onToggle: () => void };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  icon: { width: '40px', height: '40px', flexShrink: 0 },
  names: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
  title: { margin: 0 },
  english: { color: tokens.colorNeutralForeground3 },
});

export function Header({ iconSrc = 'assets/icon-64.png', help }: HeaderProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <img className={styles.icon} src={iconSrc} alt="" />
        <div className={styles.names}>
          <Title2 as="h1" className={styles.title}>
            {text.title}
          </Title2>
          {text.title !== 'RespMatrix' && <Caption1 className={styles.english}>RespMatrix</Caption1>}
        </div>
        {help && (
          <Button size="small" appearance="subtle" aria-expanded={help.open} aria-controls={help.open ? 'pane-help' : undefined} onClick={help.onToggle}>
            {text.help}
          </Button>
        )}
      </div>
      <Body1>{text.tagline}</Body1>
    </header>
  );
}
