import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportOutcome } from '../pane-state';
import { strings } from '../strings';
import { ErrorDetails } from './ErrorDetails';

export interface ImportStatusProps {
  /** The step in progress, while an import runs. */
  step?: string;
  /** How the last import ended. */
  outcome?: ImportOutcome;
}

const useStyles = makeStyles({
  line: { display: 'block' },
  warnings: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export default function ImportStatus({ step, outcome }: ImportStatusProps) {
  const styles = useStyles();
  if (step) return <Spinner size="tiny" labelPosition="after" label={step} role="status" />;
  if (!outcome) return null;
  const intent = !outcome.ok ? 'error' : outcome.warnings.length > 0 ? 'warning' : 'success';
  return (
    <MessageBar intent={intent} layout="multiline" role={outcome.ok ? 'status' : 'alert'}>
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.lines.map((line) => (
          <span key={line} className={styles.line}>
            {line}
          </span>
        ))}
        {outcome.warnings.length > 0 && (
          <ul className={styles.warnings} aria-label={strings().notes}>
            {outcome.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        {outcome.details && outcome.details.length > 0 && <ErrorDetails details={outcome.details} />}
      </MessageBarBody>
    </MessageBar>
  );
}
