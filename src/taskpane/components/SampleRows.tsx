import { makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../strings';

export interface SampleRowsProps {
  title: string;
  labels: string[];
  rows: string[][];
  /** Each column's share of the width (a 序号 column needs less than a 内容 one); equal when absent. */
  weights?: number[];
}

const useStyles = makeStyles({
  // Fixed layout: the columns share the pane's width however long a cell is, so 320 px never scrolls.
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'left',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * A table's first rows as a small read-only grid. Cells are cut with an ellipsis to fit; the whole
 * text stays in the page (read by screen readers) and shows on hover.
 */
export function SampleRows({ title, labels, rows, weights }: SampleRowsProps) {
  const styles = useStyles();
  const text = strings();
  const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{text.sampleCaption(title, rows.length)}</caption>
      {weights && total > 0 && (
        <colgroup>
          {weights.map((weight, c) => (
            <col key={c} style={{ width: `${(100 * weight) / total}%` }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {labels.map((label, c) => (
            <th key={c} scope="col" className={`${styles.cell} ${styles.head}`} title={label}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, c) => (
              <td key={c} className={styles.cell} title={cell}>
                {cell.replace(/\s+/g, ' ')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
