import { useRef, useState, type DragEvent } from 'react';
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PaneActionInfo } from '../pane-actions';
import { strings } from '../strings';

export interface ActionItemProps {
  info: PaneActionInfo;
  /** For a 'run' action; absent outside Excel. */
  onRun?: () => void;
  /** For a 'files' action: what the clerk picked or dropped; absent outside Excel. */
  onFiles?: (files: File[]) => void;
  /** Another action is running: wait for it. */
  busy: boolean;
  /** A second, lesser action beside the first (清除标记 beside 分析当前表格); absent outside Excel. */
  undo?: { label: string; onRun?: () => void };
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
  status: { padding: `0 ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  picker: { display: 'none' },
});

export function ActionItem({ info, onRun, onFiles, busy, undo }: ActionItemProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const takesFiles = info.kind === 'files';
  const handler = takesFiles ? onFiles : onRun;
  // An action without a handler is one that needs the workbook: outside Excel only reading and downloads work.
  const text = strings();
  const { label, summary } = text.actions[info.id];
  const status = !handler ? text.needsExcel : undefined;
  const ready = status === undefined && !busy;
  const hand = (files: File[]) => {
    if (files.length > 0) onFiles?.(files);
  };
  const picked = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // picking the same file again must fire again
    hand(files);
  };
  // A 'files' action takes a drop too: dragging several files in is how a clerk hands over a batch.
  const drop =
    takesFiles && ready
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
        <Button appearance={info.primary ? 'primary' : 'secondary'} disabled={!ready} onClick={takesFiles ? () => picker.current?.click() : onRun}>
          {label}
        </Button>
        {undo?.onRun && (
          <Button appearance="secondary" disabled={!ready} onClick={undo.onRun}>
            {undo.label}
          </Button>
        )}
        {status && <Caption1 className={styles.status}>{status}</Caption1>}
      </div>
      {takesFiles && (
        <input
          ref={picker}
          className={styles.picker}
          type="file"
          multiple={!info.single}
          accept={info.accept}
          aria-label={label}
          onChange={(event) => picked(event.currentTarget)}
        />
      )}
      <Body1>{summary}</Body1>
    </li>
  );
}
