import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Batch, Choices, DocumentTally, PaneOptions } from '../pane-state';
import { strings } from '../strings';
import { DocumentPreview } from './DocumentPreview';
import { OptionsForm } from './OptionsForm';

export interface PreviewSectionProps {
  batch: Batch;
  /** Each document's tasks and units, from the last analysis. */
  tallies: Array<DocumentTally | undefined>;
  choices: Choices;
  busy: boolean;
  onRole: (document: number, table: number, column: number, role: string) => void;
  onOptions: (options: PaneOptions) => void;
  /** 年度对比: a document marked as last year's plan, or not. */
  onLastYear?: (document: number, lastYear: boolean) => void;
  onDownload?: (kind: 'workbook' | 'bureaus') => void;
  /** Outside Excel the workbook's download is the main action, in the footer (StatusFooter), not here. */
  workbookInFooter?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  years: { color: tokens.colorBrandForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Loaded on first use (after files are read), with the Dropdowns, Switches and RadioGroup it needs. */
export default function PreviewSection({ batch, tallies, choices, busy, onRole, onOptions, onLastYear, onDownload, workbookInFooter = false }: PreviewSectionProps) {
  const styles = useStyles();
  const text = strings();
  // Marking 上一年 needs two files at least: one of each year.
  const canMark = onLastYear !== undefined && batch.preview.length > 1;
  const marked = choices.lastYear.length;
  const roleOf = (d: number, t: number, c: number) => choices.roles[`${d}/${t}/${c}`] ?? batch.preview[d]?.tables[t]?.columns[c]?.role ?? 'other';
  return (
    <section className={styles.root} aria-labelledby="preview-title">
      <Subtitle2 as="h2" id="preview-title" className={styles.title}>
        {text.preview}
      </Subtitle2>
      <Caption1 className={styles.hint}>{text.previewHint}</Caption1>
      {canMark && <Caption1 className={styles.hint}>{text.lastYearHint}</Caption1>}
      {batch.preview.map((document, d) => (
        <DocumentPreview
          key={`${d}-${document.source}`}
          document={document}
          {...(tallies[d] ? { tally: tallies[d] } : {})}
          roleOf={(t, c) => roleOf(d, t, c)}
          onRole={(t, c, role) => onRole(d, t, c, role)}
          lastYear={choices.lastYear.includes(d)}
          {...(canMark ? { onLastYear: (lastYear: boolean) => onLastYear(d, lastYear) } : {})}
        />
      ))}
      {marked > 0 && (
        <Body1 role="status" className={marked < batch.preview.length ? styles.years : styles.warning}>
          {marked < batch.preview.length ? text.yearsSummary(marked, batch.preview.length - marked) : text.allLastYear}
        </Body1>
      )}
      <OptionsForm options={choices.options} onChange={onOptions} />
      {!workbookInFooter && <Body1 className={styles.hint}>{text.generateHint}</Body1>}
      {onDownload && (
        <div className={styles.downloads}>
          {!workbookInFooter && (
            <Button disabled={busy} onClick={() => onDownload('workbook')}>
              {text.downloadWorkbook}
            </Button>
          )}
          <Button disabled={busy} onClick={() => onDownload('bureaus')}>
            {text.downloadBureaus}
          </Button>
          <Caption1 className={styles.hint}>{text.downloadHint}</Caption1>
        </div>
      )}
    </section>
  );
}
