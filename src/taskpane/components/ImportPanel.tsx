import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { PANE_ACTIONS } from '../pane-actions';
import type { Batch, Choices, PaneOptions } from '../pane-state';
import { strings } from '../strings';
import { ActionItem } from './ActionItem';
import { DocumentPreview } from './DocumentPreview';
import { OptionsForm } from './OptionsForm';

export interface ImportPanelProps {
  batch?: Batch;
  choices: Choices;
  excelAvailable: boolean;
  busy: boolean;
  onFiles?: (files: File[]) => void;
  onSelection?: () => void;
  onRole: (document: number, table: number, column: number, role: string) => void;
  onOptions: (options: PaneOptions) => void;
  onGenerate?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const IMPORT = PANE_ACTIONS.find((a) => a.id === 'import');
const SELECTION = PANE_ACTIONS.find((a) => a.id === 'selection');

export function ImportPanel({ batch, choices, excelAvailable, busy, onFiles, onSelection, onRole, onOptions, onGenerate }: ImportPanelProps) {
  const styles = useStyles();
  const text = strings();
  const roleOf = (d: number, t: number, c: number) =>
    choices.roles[`${d}/${t}/${c}`] ?? batch?.preview[d]?.tables[t]?.columns[c]?.role ?? 'other';
  return (
    <div className={styles.root}>
      <ul className={styles.list}>
        {IMPORT && <ActionItem info={IMPORT} onFiles={onFiles} excelAvailable={excelAvailable} busy={busy} />}
        {SELECTION && <ActionItem info={SELECTION} onRun={onSelection} excelAvailable={excelAvailable} busy={busy} />}
      </ul>
      {batch && (
        <section className={styles.root} aria-labelledby="preview-title">
          <Subtitle2 as="h2" id="preview-title" className={styles.title}>
            {text.preview}
          </Subtitle2>
          <Caption1 className={styles.hint}>{text.previewHint}</Caption1>
          {batch.preview.map((document, d) => (
            <DocumentPreview key={`${d}-${document.source}`} document={document} roleOf={(t, c) => roleOf(d, t, c)} onRole={(t, c, role) => onRole(d, t, c, role)} />
          ))}
          <OptionsForm options={choices.options} onChange={onOptions} />
          <Button appearance="primary" disabled={busy || !onGenerate} onClick={onGenerate}>
            {text.generate}
          </Button>
          <Body1 className={styles.hint}>{text.generateHint}</Body1>
        </section>
      )}
    </div>
  );
}
