import { Suspense, lazy, type ReactNode } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PaneOutcome } from '../pane-state';
import { strings } from '../strings';
import type { ImportStatusProps } from './ImportStatus';

// The outcome's MessageBar and the Spinner load with the first action, not with the pane.
const ImportStatus = lazy(() => import('./ImportStatus'));
const Progress = lazy(() => import('./RunProgress'));

export interface StatusFooterProps extends Pick<ImportStatusProps, 'onProblems' | 'onSheet'> {
  /** The step in progress, while an action runs. */
  step?: string;
  /** Stops the running action at its next step. */
  onCancel?: () => void;
  /** How the tab's last action ended. */
  outcome?: PaneOutcome;
  /** The tab's main action (生成汇总工作表, or outside Excel 下载汇总工作簿), with its note. */
  action?: { label: string; onRun: () => void; note?: string } | undefined;
  busy: boolean;
  /** What the outcome asks of the clerk (替换 or 另外添加), below it. */
  children?: ReactNode;
}

const useStyles = makeStyles({
  // Kept at the bottom of the window while the panel scrolls: the main action, its progress and
  // its result stay where the clerk is, however long the preview above.
  root: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxHeight: '70vh',
    overflowY: 'auto',
  },
  filled: {
    margin: `0 calc(-1 * ${tokens.spacingHorizontalL})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The bottom of every panel: the main action, the running step with 取消, and the short result. */
export function StatusFooter({ step, onCancel, outcome, action, busy, onProblems, onSheet, children }: StatusFooterProps) {
  const styles = useStyles();
  const text = strings();
  const running: ReactNode = step && (
    <div className={styles.row}>
      <Suspense fallback={<Caption1>{step}</Caption1>}>
        <Progress step={step} />
      </Suspense>
      {onCancel && (
        <Button size="small" onClick={onCancel} aria-label={text.cancelLabel(step)}>
          {text.cancel}
        </Button>
      )}
    </div>
  );
  const filled = Boolean(step || outcome || action);
  return (
    <div className={mergeClasses(styles.root, filled && styles.filled)}>
      {action && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={action.onRun}>
            {action.label}
          </Button>
          {action.note && <Caption1 className={styles.note}>{action.note}</Caption1>}
        </div>
      )}
      {/* One live region for the whole run, there before anything is said in it, so that readers announce each step and the result. */}
      <div role="status" aria-live="polite">
        {running}
        {!step && outcome && outcome.kind !== 'failed' && (
          <Suspense fallback={<Caption1>{outcome.title}</Caption1>}>
            <ImportStatus outcome={outcome} onProblems={onProblems} onSheet={onSheet} />
          </Suspense>
        )}
      </div>
      {!step && outcome?.kind === 'failed' && (
        <Suspense fallback={<Caption1 role="alert">{outcome.title}</Caption1>}>
          <ImportStatus outcome={outcome} onProblems={onProblems} onSheet={onSheet} />
        </Suspense>
      )}
      {!step && children}
    </div>
  );
}
