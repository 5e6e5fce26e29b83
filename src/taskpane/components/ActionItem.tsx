import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActionInfo } from '../pane-actions';

export interface ActionItemProps {
  info: PaneActionInfo;
  /** Absent until the action is built; the button is then disabled and marked "coming soon". */
  onRun?: () => void;
  excelAvailable: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  english: { color: tokens.colorNeutralForeground3 },
});

export function ActionItem({ info, onRun, excelAvailable }: ActionItemProps) {
  const styles = useStyles();
  const status = !onRun ? '即将推出 · Coming soon' : !excelAvailable ? '需要 Excel · Needs Excel' : undefined;
  return (
    <li className={styles.root}>
      <div className={styles.top}>
        <Button appearance="primary" disabled={status !== undefined} onClick={onRun}>
          {info.label}
        </Button>
        {status && (
          <Badge appearance="tint" color="informative">
            {status}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.english}>{info.labelEn}</Caption1>
      <Body1>{info.summary}</Body1>
      <Caption1 className={styles.english}>{info.summaryEn}</Caption1>
    </li>
  );
}
