import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Checkbox, Dropdown, Option, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DocumentTally, PreviewDocument, PreviewTable } from '../pane-state';
import { strings } from '../strings';
import { SampleRows } from './SampleRows';

export interface DocumentPreviewProps {
  document: PreviewDocument;
  /** Its tasks and units as analysed; undefined before the analysis or for last year's plan. */
  tally?: DocumentTally;
  /** The role of each column as it will be used: the reader's, or the clerk's correction. */
  roleOf: (table: number, column: number) => string;
  onRole: (table: number, column: number, role: string) => void;
  /** Marked as last year's plan (年度对比): compared against, not imported. */
  lastYear?: boolean;
  /** Offered when the batch has more than one document. */
  onLastYear?: (lastYear: boolean) => void;
}

/** How much of a sample row's width a column takes, by its role: a 序号 or a date is short, text is long. */
const COLUMN_WEIGHT: Record<string, number> = { seq: 1, deadline: 2, note: 2, other: 2 };

const ROLE_ORDER = ['seq', 'group', 'content', 'deadline', 'units', 'lead', 'support', 'note', 'other'] as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  title: { margin: 0, overflowWrap: 'anywhere' },
  line: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  header: { margin: 0 },
  headerText: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere', textAlign: 'left' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: `0 0 ${tokens.spacingVerticalS}` },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.2fr)', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, alignItems: 'center' },
  label: { overflowWrap: 'anywhere' },
  unusual: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  dropdown: { minWidth: 0, width: '100%' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: 'anywhere' },
  lastYear: { backgroundColor: tokens.colorNeutralBackground4, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  mark: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** A table needs the clerk's look when a column's role is not what its label says, or the reader warned about it. */
export function needsLook(table: PreviewTable): boolean {
  return table.warnings.length > 0 || table.columns.some((c) => c.unusual);
}

/** One document: a line of what it holds, its tables folded except those that need a look, each with its first rows and its columns' roles. */
export function DocumentPreview({ document, tally, roleOf, onRole, lastYear = false, onLastYear }: DocumentPreviewProps) {
  const styles = useStyles();
  const text = strings();
  const tables = text.documentTables(document.tables.length);
  const line = lastYear ? `${tables} · ${text.lastYearLine}` : tally ? text.documentLine(document.tables.length, tally.tasks, tally.units) : tables;
  const open = document.tables.flatMap((table, t) => (needsLook(table) ? [String(t)] : []));
  return (
    <article className={mergeClasses(styles.root, lastYear && styles.lastYear)} aria-label={document.title}>
      <Subtitle2 as="h3" className={styles.title}>
        {document.title}
      </Subtitle2>
      <Caption1 className={styles.line}>
        {document.title !== document.source && `${document.source} · `}
        {line}
      </Caption1>
      {onLastYear && (
        <Checkbox
          className={styles.mark}
          checked={lastYear}
          label={text.lastYear}
          aria-label={text.lastYearLabel(document.title)}
          onChange={(_, data) => onLastYear(data.checked === true)}
        />
      )}
      {document.warnings.map((warning) => (
        <Caption1 key={warning} className={styles.warning} data-warning>
          {warning}
        </Caption1>
      ))}
      <Accordion multiple collapsible defaultOpenItems={open}>
        {document.tables.map((table, t) => (
          <AccordionItem key={t} value={String(t)}>
            <AccordionHeader as="h4" size="small" className={styles.header}>
              <span className={styles.headerText}>
                {table.title} · {text.rows(table.rows)}
                {needsLook(table) && (
                  <Badge size="small" appearance="tint" color="warning">
                    {text.needsLook}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {table.warnings.map((warning) => (
                <Caption1 key={warning} className={styles.warning} data-warning>
                  {warning}
                </Caption1>
              ))}
              <SampleRows
                title={table.title}
                labels={table.columns.map((c, i) => c.label || text.untitledColumn(i + 1))}
                rows={table.sample}
                weights={table.columns.map((_, c) => COLUMN_WEIGHT[roleOf(t, c)] ?? 3)}
              />
              <div className={styles.columns} role="group" aria-label={text.columnRoles}>
                {table.columns.map((column, c) => {
                  const role = roleOf(t, c);
                  const label = column.label || text.untitledColumn(c + 1);
                  return [
                    <Caption1 key={`l${c}`} className={mergeClasses(styles.label, column.unusual && styles.unusual)}>
                      {label}
                      {column.unusual && text.unusualColumn}
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
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </article>
  );
}
