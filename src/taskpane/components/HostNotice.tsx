import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../strings';

export interface HostNoticeProps {
  /** The ribbon button that opens the pane inside Excel, as the manifest labels it. */
  buttonLabel?: string;
}

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
});

/** Outside Excel the page is the whole product for a WPS office: a short note of what needs Excel, not a warning. */
export default function HostNotice({ buttonLabel }: HostNoticeProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <Caption1 as="p" className={styles.root}>
      {text.hostText(buttonLabel ?? text.paneButton)}
    </Caption1>
  );
}
