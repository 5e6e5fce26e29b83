import { useState } from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PaneOutcome } from '../pane-state';
import { strings } from '../strings';
import { outcomeText } from '../outcome-strings';

export interface ImportStatusProps {
  /** How the tab's last action ended. */
  outcome: PaneOutcome;
  /** 查看审核问题: opens the 问题 tab. */
  onProblems?: () => void;
  /** 转到工作表: shows a sheet in Excel; absent outside Excel. */
  onSheet?: (sheet: string) => void;
}

const useStyles = makeStyles({
  line: { display: 'block', whiteSpace: 'pre-line' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  details: { maxHeight: '40vh', overflowY: 'auto' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, gridColumnStart: 1, gridColumnEnd: -1, paddingBottom: tokens.spacingVerticalS },
  toggle: { minWidth: 0, padding: 0, height: 'auto', justifyContent: 'start' },
});

const INTENT = { ok: 'success', partial: 'warning', failed: 'error' } as const;

/**
 * The short result of an action: a title and a line or two of counts, a failure's reasons, the next
 * step (查看审核问题, 转到工作表, where a download went), and the rest behind 「详细信息」.
 */
export default function ImportStatus({ outcome, onProblems, onSheet }: ImportStatusProps) {
  const styles = useStyles();
  const text = strings();
  const [open, setOpen] = useState(false);
  // A partial run's warnings are its failures, named at once; otherwise notes wait behind the expander.
  const shown = outcome.kind === 'partial' ? outcome.warnings : [];
  const hidden = [...(outcome.details ?? []), ...(outcome.kind === 'partial' ? [] : outcome.warnings)];
  const { problems = 0, sheet, downloaded } = outcome.next ?? {};
  const next = (problems > 0 && onProblems) || (sheet && onSheet);
  return (
    <MessageBar intent={INTENT[outcome.kind]} layout="multiline" data-outcome={outcome.kind} {...(outcome.kind === 'failed' ? { role: 'alert' } : {})}>
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.lines.map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
        {shown.length > 0 && (
          <ul className={styles.list}>
            {shown.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {downloaded && <span className={styles.line}>{outcomeText().downloadedTo(downloaded)}</span>}
        {hidden.length > 0 && (
          <>
            <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? '▾' : '▸'} {text.details}
            </Button>
            {open && (
              <ul className={mergeClasses(styles.list, styles.details)}>
                {hidden.map((line) => (
                  <li key={line}>
                    <Caption1>{line}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </MessageBarBody>
      {next && (
        <MessageBarActions className={styles.actions}>
          {problems > 0 && onProblems && (
            <Button size="small" appearance="primary" onClick={onProblems}>
              {text.viewProblems(problems)}
            </Button>
          )}
          {sheet && onSheet && (
            <Button size="small" onClick={() => onSheet(sheet)}>
              {text.goToSheet(sheet)}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
