import { Body1, Caption1, Checkbox, Dropdown, Option, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PreviewDocument } from '../pane-state';
import { strings } from '../strings';

export interface DocumentPreviewProps {
  document: PreviewDocument;
  /** The role of each column as it will be used: the reader's, or the clerk's correction. */
  roleOf: (table: number, column: number) => string;
  onRole: (table: number, column: number, role: string) => void;
  /** Marked as last year's plan (年度对比): compared against, not imported. */
  lastYear?: boolean;
  /** Offered when the batch has more than one document. */
  onLastYear?: (lastYear: boolean) => void;
}

const ROLE_ORDER = ['seq', 'group', 'content', 'deadline', 'units', 'lead', 'support', 'note', 'other'] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  title: { margin: 0, overflowWrap: 'anywhere' },
  table: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.2fr)', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, alignItems: 'center' },
  label: { overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, width: '100%' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  lastYear: { backgroundColor: tokens.colorNeutralBackground4, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  mark: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export function DocumentPreview({ document, roleOf, onRole, lastYear = false, onLastYear }: DocumentPreviewProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <article className={mergeClasses(styles.root, lastYear && styles.lastYear)} aria-label={document.title}>
      <Subtitle2 as="h3" className={styles.title}>
        {document.title}
      </Subtitle2>
      {document.title !== document.source && <Caption1 className={styles.source}>{document.source}</Caption1>}
      {onLastYear && (
        <Checkbox
          className={styles.mark}
          checked={lastYear}
          label={text.lastYear}
          aria-label={text.lastYearLabel(document.title)}
          onChange={(_, data) => onLastYear(data.checked === true)}
        />
      )}
      {document.tables.map((table, t) => (
        // A group, not a region: two tables may share a title, and landmarks must have names of their own.
        <div key={t} role="group" className={styles.table} aria-label={table.title}>
          <Body1>
            <strong>{table.title}</strong> · {text.rows(table.rows)}
          </Body1>
          <div className={styles.columns}>
            {table.columns.map((column, c) => {
              const role = roleOf(t, c);
              return [
                <Caption1 key={`l${c}`} className={styles.label}>
                  {column.label || text.untitledColumn(c + 1)}
                </Caption1>,
                <Dropdown
                  key={`d${c}`}
                  className={styles.dropdown}
                  size="small"
                  aria-label={text.roleOf(column.label || `${c + 1}`)}
                  value={text.roles[role as keyof typeof text.roles] ?? role}
                  selectedOptions={[role]}
                  onOptionSelect={(_, data) => data.optionValue && onRole(t, c, data.optionValue)}
                >
                  {ROLE_ORDER.map((value) => (
                    <Option key={value} value={value}>
                      {text.roles[value]}
                    </Option>
                  ))}
                </Dropdown>,
              ];
            })}
          </div>
        </div>
      ))}
      {document.warnings.map((warning) => (
        <Caption1 key={warning} className={styles.warning}>
          {warning}
        </Caption1>
      ))}
    </article>
  );
}
