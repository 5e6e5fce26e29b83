import { useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions, PaneOutcome, Progress } from '../pane-actions';
import { ActionList } from './ActionList';
import { DueSummary } from './DueSummary';
import { Header } from './Header';
import { HostNotice } from './HostNotice';
import { ImportStatus } from './ImportStatus';

export interface AppProps {
  /** False in a plain browser or when Office.js could not load. */
  excelAvailable: boolean;
  actions: PaneActions;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '480px',
  },
});

export function App({ excelAvailable, actions }: AppProps) {
  const styles = useStyles();
  const [step, setStep] = useState<string>();
  const [outcome, setOutcome] = useState<PaneOutcome>();
  const run = async (work: (progress: Progress) => Promise<PaneOutcome>) => {
    setOutcome(undefined);
    setStep('正在准备…');
    const ended = await work(setStep).catch((error: unknown) => ({
      ok: false,
      title: '内部错误 · Internal error',
      lines: [error instanceof Error ? error.message : String(error)],
      warnings: [],
    }));
    setStep(undefined);
    setOutcome(ended);
  };
  const { importFile, importSelection, collectFiles, remindDue } = actions;
  return (
    <main className={styles.root}>
      <Header />
      {!excelAvailable && <HostNotice />}
      <ImportStatus step={step} outcome={outcome} />
      {outcome?.due && <DueSummary units={outcome.due} />}
      <ActionList
        excelAvailable={excelAvailable}
        busy={step !== undefined}
        onFiles={{
          import: importFile && (([file]) => file && void run((progress) => importFile(file, progress))),
          collect: collectFiles && ((files) => void run((progress) => collectFiles(files, progress))),
        }}
        onRun={{ selection: importSelection && (() => void run(importSelection)), due: remindDue && (() => void run(remindDue)) }}
      />
    </main>
  );
}
