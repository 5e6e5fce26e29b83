import { Body1, Button, Caption1, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { FlagItem } from '../pane-state';
import { strings } from '../strings';

export interface FlagRowProps {
  flag: FlagItem;
  onLocate?: () => void;
  /** The status written to 审核问题 (待处理 / 已确认 / 忽略). */
  onStatus?: (status: string) => void;
}

// eslint-disable-next-line no-restricted-syntax -- the values of 审核问题's 处理状态 column, not pane text
const STATUS = { pending: '待处理', confirmed: '已确认', ignored: '忽略' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  text: { overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function FlagRow({ flag, onLocate, onStatus }: FlagRowProps) {
  const styles = useStyles();
  const text = strings();
  const shown = flag.text.replace(/\s+/g, ' ') || text.blankCell;
  const toggle = (status: string) => onStatus?.(flag.status === status ? STATUS.pending : status);
  return (
    <li className={styles.root}>
      <Body1 className={styles.text}>{shown}</Body1>
      <Caption1 className={styles.message}>{flag.message}</Caption1>
      <div className={styles.buttons} role="group" aria-label={text.statusLabel}>
        <Button size="small" disabled={!onLocate || !flag.target} onClick={onLocate} aria-label={text.locateLabel(shown)}>
          {text.locate}
        </Button>
        <ToggleButton size="small" checked={flag.status === STATUS.confirmed} disabled={!onStatus} onClick={() => toggle(STATUS.confirmed)}>
          {text.confirmed}
        </ToggleButton>
        <ToggleButton size="small" checked={flag.status === STATUS.ignored} disabled={!onStatus} onClick={() => toggle(STATUS.ignored)}>
          {text.ignored}
        </ToggleButton>
      </div>
    </li>
  );
}
