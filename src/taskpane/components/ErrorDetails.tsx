import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { excelText } from '../excel-errors';

export interface ErrorDetailsProps {
  /** Excel's own text of a failure, in English or the Office language: for whoever maintains the add-in. */
  details: string[];
}

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2 },
  text: { display: 'block', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
});

/** 「详细信息」: folded by default, so the clerk reads the advice first. */
export function ErrorDetails({ details }: ErrorDetailsProps) {
  const styles = useStyles();
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{excelText().details}</summary>
      {details.map((detail) => (
        <Caption1 key={detail} className={styles.text}>
          {detail}
        </Caption1>
      ))}
    </details>
  );
}
