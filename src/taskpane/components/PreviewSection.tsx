import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Batch, Choices, PaneOptions } from '../pane-state';
import { strings } from '../strings';
import { DocumentPreview } from './DocumentPreview';
import { OptionsForm } from './OptionsForm';

export interface PreviewSectionProps {
  batch: Batch;
  choices: Choices;
  busy: boolean;
  onRole: (document: number, table: number, column: number, role: string) => void;
  onOptions: (options: PaneOptions) => void;
  onGenerate?: () => void;
  onDownload?: (kind: 'workbook' | 'bureaus') => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  downloads: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Loaded on first use (after files are read), with the Dropdowns, Switches and RadioGroup it needs. */
export default function PreviewSection({ batch, choices, busy, onRole, onOptions, onGenerate, onDownload }: PreviewSectionProps) {
  const styles = useStyles();
  const text = strings();
  const roleOf = (d: number, t: number, c: number) => choices.roles[`${d}/${t}/${c}`] ?? batch.preview[d]?.tables[t]?.columns[c]?.role ?? 'other';
  return (
    <section className={styles.root} aria-labelledby="preview-title">
      <Subtitle2 as="h2" id="preview-title" className={styles.title}>
        {text.preview}
      </Subtitle2>
      <Caption1 className={styles.hint}>{text.previewHint}</Caption1>
      {batch.preview.map((document, d) => (
        <DocumentPreview key={`${d}-${document.source}`} document={document} roleOf={(t, c) => roleOf(d, t, c)} onRole={(t, c, role) => onRole(d, t, c, role)} />
      ))}
      <OptionsForm options={choices.options} onChange={onOptions} />
      {onGenerate && (
        <>
          <Button appearance="primary" disabled={busy} onClick={onGenerate}>
            {text.generate}
          </Button>
          <Body1 className={styles.hint}>{text.generateHint}</Body1>
        </>
      )}
      {onDownload && (
        <div className={styles.downloads}>
          <Button appearance={onGenerate ? 'secondary' : 'primary'} disabled={busy} onClick={() => onDownload('workbook')}>
            {text.downloadWorkbook}
          </Button>
          <Button disabled={busy} onClick={() => onDownload('bureaus')}>
            {text.downloadBureaus}
          </Button>
          <Caption1 className={styles.hint}>{text.downloadHint}</Caption1>
        </div>
      )}
    </section>
  );
}
