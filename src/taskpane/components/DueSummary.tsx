import { Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { DueLine } from '../pane-state';
import { strings } from '../strings';

export interface DueSummaryProps {
  units: DueLine[];
}

/** The units shown; the rest are counted, and all are in the 到期提醒 sheet. */
const SHOWN = 12;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  number: { textAlign: 'end', width: '4.5em' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function DueSummary({ units }: DueSummaryProps) {
  const styles = useStyles();
  const shown = units.slice(0, SHOWN);
  const text = strings();
  return (
    <section className={styles.root} aria-labelledby="due-title">
      <Subtitle2 as="h2" id="due-title" className={styles.title}>
        {text.dueTitle}
      </Subtitle2>
      {units.length === 0 ? (
        <Caption1>{text.dueNone}</Caption1>
      ) : (
        <Table size="small" aria-label={text.dueTable}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.dueUnit}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.dueOverdue}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{text.dueSoon}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((unit) => (
              <TableRow key={unit.unit}>
                <TableCell>{unit.unit}</TableCell>
                <TableCell className={unit.overdue > 0 ? `${styles.number} ${styles.overdue}` : styles.number}>{unit.overdue}</TableCell>
                <TableCell className={styles.number}>{unit.dueSoon}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {units.length > SHOWN && <Caption1>{text.dueMore(units.length - SHOWN)}</Caption1>}
    </section>
  );
}
