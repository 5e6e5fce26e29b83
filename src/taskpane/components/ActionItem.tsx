import { useRef } from 'react';
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ACCEPTED_FILES, type PaneActionInfo } from '../pane-actions';

export interface ActionItemProps {
  info: PaneActionInfo;
  /** For a 'run' action; absent outside Excel. */
  onRun?: () => void;
  /** For a 'file' action: the file the clerk picked; absent outside Excel. */
  onFile?: (file: File) => void;
  excelAvailable: boolean;
  /** Another action is running: wait for it. */
  busy: boolean;
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
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  english: { color: tokens.colorNeutralForeground3 },
  picker: { display: 'none' },
});

export function ActionItem({ info, onRun, onFile, excelAvailable, busy }: ActionItemProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const handler = info.kind === 'file' ? onFile : onRun;
  const status = info.kind === 'included' ? '随每次导入生成 · Made by every import' : !excelAvailable || !handler ? '需要 Excel · Needs Excel' : undefined;
  const picked = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // picking the same file again must fire again
    if (file) onFile?.(file);
  };
  return (
    <li className={styles.root}>
      <div className={styles.top}>
        {info.kind === 'included' ? (
          <Body1 className={styles.label}>{info.label}</Body1>
        ) : (
          <Button appearance="primary" disabled={status !== undefined || busy} onClick={info.kind === 'file' ? () => picker.current?.click() : onRun}>
            {info.label}
          </Button>
        )}
        {status && (
          <Badge appearance="tint" color="informative">
            {status}
          </Badge>
        )}
      </div>
      {info.kind === 'file' && (
        <input ref={picker} className={styles.picker} type="file" accept={ACCEPTED_FILES} aria-label={info.label} onChange={(event) => picked(event.currentTarget)} />
      )}
      <Caption1 className={styles.english}>{info.labelEn}</Caption1>
      <Body1>{info.summary}</Body1>
      <Caption1 className={styles.english}>{info.summaryEn}</Caption1>
    </li>
  );
}
