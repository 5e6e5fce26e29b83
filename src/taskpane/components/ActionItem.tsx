import { useRef, useState, type DragEvent } from 'react';
import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ACCEPTED_FILES, type PaneActionInfo } from '../pane-actions';

export interface ActionItemProps {
  info: PaneActionInfo;
  /** For a 'run' action; absent outside Excel. */
  onRun?: () => void;
  /** For a 'file' or 'files' action: what the clerk picked or dropped; absent outside Excel. */
  onFiles?: (files: File[]) => void;
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
    outline: `${tokens.strokeWidthThick} dashed transparent`,
  },
  dropping: { outlineColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  english: { color: tokens.colorNeutralForeground3 },
  picker: { display: 'none' },
});

export function ActionItem({ info, onRun, onFiles, excelAvailable, busy }: ActionItemProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const fileKind = info.kind === 'file' || info.kind === 'files' ? info.kind : undefined;
  const takesFiles = fileKind !== undefined;
  const handler = takesFiles ? onFiles : onRun;
  const status = info.kind === 'included' ? '随每次导入生成 · Made by every import' : !excelAvailable || !handler ? '需要 Excel · Needs Excel' : undefined;
  const ready = status === undefined && !busy;
  const hand = (files: File[]) => {
    const taken = info.kind === 'file' ? files.slice(0, 1) : files;
    if (taken.length > 0) onFiles?.(taken);
  };
  const picked = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // picking the same file again must fire again
    hand(files);
  };
  // Only a 'files' action takes a drop: dropping several returned workbooks is how a clerk collects.
  const drop =
    info.kind === 'files' && ready
      ? {
          onDragOver: (event: DragEvent) => {
            event.preventDefault();
            setDropping(true);
          },
          onDragLeave: () => setDropping(false),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            setDropping(false);
            hand([...event.dataTransfer.files]);
          },
        }
      : {};
  return (
    <li className={mergeClasses(styles.root, dropping && styles.dropping)} {...drop}>
      <div className={styles.top}>
        {info.kind === 'included' ? (
          <Body1 className={styles.label}>{info.label}</Body1>
        ) : (
          <Button appearance="primary" disabled={!ready} onClick={takesFiles ? () => picker.current?.click() : onRun}>
            {info.label}
          </Button>
        )}
        {status && (
          <Badge appearance="tint" color="informative">
            {status}
          </Badge>
        )}
      </div>
      {fileKind && (
        <input
          ref={picker}
          className={styles.picker}
          type="file"
          multiple={fileKind === 'files'}
          accept={ACCEPTED_FILES[fileKind]}
          aria-label={info.label}
          onChange={(event) => picked(event.currentTarget)}
        />
      )}
      <Caption1 className={styles.english}>{info.labelEn}</Caption1>
      <Body1>{info.summary}</Body1>
      <Caption1 className={styles.english}>{info.summaryEn}</Caption1>
    </li>
  );
}
