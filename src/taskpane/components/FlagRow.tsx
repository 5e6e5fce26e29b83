import { Badge, Body1, Button, Caption1, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
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
  // A flag dealt with stays listed, greyed, so the clerk sees at a glance what is left.
  done: { color: tokens.colorNeutralForeground3 },
  place: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export function FlagRow({ flag, onLocate, onStatus }: FlagRowProps) {
  const styles = useStyles();
  const text = strings();
  const shown = flag.text.replace(/\s+/g, ' ') || text.blankCell;
  const toggle = (status: string) => onStatus?.(flag.status === status ? STATUS.pending : status);
  const done = flag.status === STATUS.confirmed || flag.status === STATUS.ignored;
  const place = flag.place && text.place.flag(flag.place.document, flag.place.table, flag.place.row);
  return (
    <li className={mergeClasses(styles.root, done && styles.done)}>
      {place && <Caption1 className={styles.place}>{place}</Caption1>}
      <div className={styles.top}>
        <Body1 className={styles.text}>{shown}</Body1>
        <Badge className={styles.badge} size="small" appearance={done ? 'filled' : 'outline'} color={flag.status === STATUS.confirmed ? 'success' : done ? 'subtle' : 'informative'}>
          {flag.status === STATUS.confirmed ? text.confirmed : flag.status === STATUS.ignored ? text.ignored : text.pending}
        </Badge>
      </div>
      <Caption1 className={styles.message} data-flag-message>
        {flag.message}
      </Caption1>
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
