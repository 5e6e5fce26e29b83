import { Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { DueLine } from '../pane-actions';

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
  return (
    <section className={styles.root} aria-labelledby="due-title">
      <Subtitle2 as="h2" id="due-title" className={styles.title}>
        到期提醒 · Due by unit
      </Subtitle2>
      {units.length === 0 ? (
        <Caption1>没有逾期或 15 天内到期的任务。 · Nothing overdue or due soon.</Caption1>
      ) : (
        <Table size="small" aria-label="各单位逾期与即将到期的任务数 · Overdue and due soon per unit">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>单位</TableHeaderCell>
              <TableHeaderCell className={styles.number}>已逾期</TableHeaderCell>
              <TableHeaderCell className={styles.number}>将到期</TableHeaderCell>
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
      {units.length > SHOWN && <Caption1>另有 {units.length - SHOWN} 个单位，见「到期提醒」工作表。</Caption1>}
    </section>
  );
}
