import { makeStyles, tokens } from '@fluentui/react-components';
import { DUE_FROM_FILE, PANE_ACTIONS } from '../pane-actions';
import type { DueLine } from '../pane-state';
import { ActionItem } from './ActionItem';
import { DistributePanel, type DistributePanelProps } from './DistributePanel';
import { DueSummary } from './DueSummary';

export interface LoopPanelProps {
  due?: DueLine[];
  distribute: DistributePanelProps;
  busy: boolean;
  onCollect?: (files: File[]) => void;
  onDue?: () => void;
  /** 到期提醒 outside Excel: the combined workbook picked (instead of onDue). */
  onDueFiles?: (files: File[]) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
});

const COLLECT = PANE_ACTIONS.find((a) => a.id === 'collect');
const DUE = PANE_ACTIONS.find((a) => a.id === 'due');

/** Loaded when the 督办 tab is first opened. */
export default function LoopPanel({ due, distribute, busy, onCollect, onDue, onDueFiles }: LoopPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {due && <DueSummary units={due} />}
      <DistributePanel {...distribute} />
      <ul className={styles.list}>
        {COLLECT && <ActionItem info={COLLECT} onFiles={onCollect} busy={busy} />}
        {onDueFiles ? <ActionItem info={DUE_FROM_FILE} onFiles={onDueFiles} busy={busy} /> : DUE && <ActionItem info={DUE} onRun={onDue} busy={busy} />}
      </ul>
    </div>
  );
}
