import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { outcomeText } from '../outcome-strings';

export interface OldSheetsChoiceProps {
  busy: boolean;
  /** 生成 again, deleting the sheets of the last run that nothing replaces. */
  onReplace: () => void;
  /** 生成 again, keeping every sheet of the last run; the new ones get new names. */
  onAdd: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The clerk's answer when 生成 would remove sheets of the last run (the outcome above names them); loaded when first asked. */
export default function OldSheetsChoice({ busy, onReplace, onAdd }: OldSheetsChoiceProps) {
  const styles = useStyles();
  const text = outcomeText();
  return (
    <div className={styles.root} role="group" aria-label={text.oldSheetsLabel}>
      <Button appearance="primary" size="small" disabled={busy} onClick={onReplace}>
        {text.replaceOld}
      </Button>
      <Button size="small" disabled={busy} onClick={onAdd}>
        {text.addBeside}
      </Button>
    </div>
  );
}
