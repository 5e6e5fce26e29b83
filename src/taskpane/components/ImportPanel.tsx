import { Suspense, lazy } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { PANE_ACTIONS } from '../pane-actions';
import type { Batch, Choices } from '../pane-state';
import type { PreviewSectionProps } from './PreviewSection';
import { strings } from '../strings';
import { ActionItem } from './ActionItem';

// The preview's Dropdowns and Switches load after the files are read, not with the pane.
const PreviewSection = lazy(() => import('./PreviewSection'));

export interface ImportPanelProps extends Pick<PreviewSectionProps, 'tallies' | 'onRole' | 'onOptions' | 'onLastYear' | 'onDownload' | 'workbookInFooter'> {
  batch?: Batch;
  choices: Choices;
  busy: boolean;
  onFiles?: (files: File[]) => void;
  onSelection?: () => void;
  onInPlace?: () => void;
  onClearMarks?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyle: 'none' },
});

const IMPORT = PANE_ACTIONS.find((a) => a.id === 'import');
const SELECTION = PANE_ACTIONS.find((a) => a.id === 'selection');
const IN_PLACE = PANE_ACTIONS.find((a) => a.id === 'inPlace');

export function ImportPanel({ batch, tallies, choices, busy, onFiles, onSelection, onInPlace, onClearMarks, onRole, onOptions, onLastYear, onDownload, workbookInFooter }: ImportPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ul className={styles.list}>
        {IMPORT && <ActionItem info={IMPORT} onFiles={onFiles} busy={busy} />}
        {SELECTION && <ActionItem info={SELECTION} onRun={onSelection} busy={busy} />}
        {IN_PLACE && <ActionItem info={IN_PLACE} onRun={onInPlace} busy={busy} undo={{ label: strings().clearMarks, onRun: onClearMarks }} />}
      </ul>
      {batch && (
        <Suspense fallback={<Caption1>…</Caption1>}>
          <PreviewSection batch={batch} tallies={tallies} choices={choices} busy={busy} onRole={onRole} onOptions={onOptions} onLastYear={onLastYear} onDownload={onDownload} workbookInFooter={workbookInFooter} />
        </Suspense>
      )}
    </div>
  );
}
