import { Suspense, lazy, useEffect, useReducer, useRef, useState } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions } from '../pane-actions';
import { INITIAL_STATE, paneReducer, type Batch, type PaneOptions, type PaneOutcome, type Progress, type RunOutcome } from '../pane-state';
import { strings } from '../strings';
import { Header } from './Header';
import { ImportPanel } from './ImportPanel';
import { PANE_PANEL_ID, PaneTabs, paneTabId } from './PaneTabs';
import type { Untouched } from '../run-end';
import { StatusFooter } from './StatusFooter';

// What is not on the first screen loads when first shown (the 问题 and 督办 panels, the message
// bars, the help), keeping the pane's first load within a quarter of a bare Fluent UI pane's.
const HostNotice = lazy(() => import('./HostNotice'));
const StandaloneNote = lazy(() => import('./StandaloneNote'));
const HelpPanel = lazy(() => import('./HelpPanel'));
const ProblemsPanel = lazy(() => import('./ProblemsPanel'));
const LoopPanel = lazy(() => import('./LoopPanel'));
const DirectoryPanel = lazy(() => import('./DirectoryPanel'));
const OldSheetsChoice = lazy(() => import('./OldSheetsChoice'));

/** An action that threw, told by excel-errors.ts (loaded when a failure happens). */
const failure = (error: unknown): Promise<PaneOutcome> => import('../excel-errors').then(({ thrownOutcome }) => thrownOutcome(error));
/** How a run ended (run-end.ts, with the outcome texts, loaded when the first action ends). */
const runEnd = (...args: Parameters<typeof import('../run-end').runEnd>): Promise<PaneOutcome> => import('../run-end').then((end) => end.runEnd(...args));

export interface AppProps {
  /** False in a plain browser or when Office.js could not load. */
  excelAvailable: boolean;
  actions: PaneActions;
  /** The single offline file (offline.tsx): a one-line note instead of the Excel notice. */
  standalone?: boolean;
  /** The header's icon, when not served beside the page (the offline file inlines it). */
  iconSrc?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: '480px',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function App({ excelAvailable, actions, standalone = false, iconSrc }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  const [help, setHelp] = useState(false);
  const running = useRef<AbortController | undefined>(undefined);
  /** A new action's Progress: each step it reports is where 取消 stops it, before it writes anything. */
  const start = (): { progress: Progress; signal: AbortSignal } => {
    const controller = new AbortController();
    running.current = controller;
    const progress: Progress = (step) => {
      controller.signal.throwIfAborted();
      dispatch({ type: 'step', step });
    };
    return { progress, signal: controller.signal };
  };
  const busy = state.step !== undefined;
  /** An action that threw: its outcome once excel-errors.ts has told it. */
  const showFailure = (error: unknown) => void failure(error).then((outcome) => dispatch({ type: 'finished', outcome }));
  /** How a run ended (run-end.ts); an error thrown without 取消 is told by excel-errors.ts. */
  const ended = (cancelled: boolean, untouched: Untouched, result: PaneOutcome | { error: unknown }): Promise<PaneOutcome> =>
    'error' in result && !cancelled ? failure(result.error) : runEnd(cancelled, untouched, result);
  const { readFiles, review, generate, selectFlag, setFlagStatus, loadOptions, saveOptions, readSelection, analyseInPlace, clearMarks, collectFiles, remindDue, dueFiles, download, showSheet } = actions;

  useEffect(() => {
    void loadOptions?.().then((saved) => saved && typeof saved === 'object' && dispatch({ type: 'options', options: { ...INITIAL_STATE.choices.options, ...(saved as Partial<PaneOptions>) } }));
  }, [loadOptions]);

  // Each batch, column correction, option or 名录 decision is analysed again at once (nothing is written).
  useEffect(() => {
    if (!review || !state.batch) return;
    let current = true;
    review(state.batch, state.choices).then(
      (result) => current && dispatch({ type: 'reviewed', ...result }),
      (error: unknown) => current && showFailure(error),
    );
    return () => {
      current = false;
    };
  }, [review, state.batch, state.choices]);

  const run = async (untouched: Untouched, work: (progress: Progress) => Promise<PaneOutcome>) => {
    const { progress, signal } = start();
    progress(strings().steps.preparing);
    const outcome = await work(progress).catch((error: unknown) => ({ error }));
    dispatch({ type: 'finished', outcome: await ended(signal.aborted, untouched, outcome) });
  };
  /** Files or the selection read into a batch for the preview; nothing is written yet. */
  const read = (work: (progress: Progress) => Promise<Batch>) => {
    const { progress, signal } = start();
    progress(strings().steps.reading);
    work(progress).then(
      (batch) => dispatch({ type: 'batch', batch }),
      (error: unknown) => void ended(signal.aborted, 'read', { error }).then((outcome) => dispatch({ type: 'finished', outcome })),
    );
  };
  /** 生成 or a download: the outcome, and the flags for the 问题 panel. */
  const produce = (untouched: Untouched, work: (progress: Progress) => Promise<RunOutcome>) => {
    const { progress, signal } = start();
    progress(strings().steps.preparing);
    work(progress).then(
      (result) => void runEnd(signal.aborted, untouched, result.outcome).then((outcome) => dispatch({ type: 'generated', run: { ...result, outcome } })),
      (error: unknown) => void ended(signal.aborted, untouched, { error }).then((outcome) => dispatch({ type: 'finished', outcome })),
    );
  };
  const onOptions = (options: PaneOptions) => {
    dispatch({ type: 'options', options });
    void saveOptions?.(options).catch(() => undefined); // a setting not saved costs only the default next time
  };
  const { batch } = state;
  // 定位 and 处理状态 act on 审核问题 and the flagged cells: only once they are in the workbook.
  const located = state.flagsInWorkbook ? selectFlag : undefined;
  const statused = state.flagsInWorkbook ? setFlagStatus : undefined;
  const text = strings();
  // The main action of the import tab stays in the footer: 生成 in Excel, the workbook's download outside.
  const mainAction =
    state.tab !== 'import' || !batch
      ? undefined
      : generate
        ? { label: text.generate, note: text.undoNote, onRun: () => produce('workbook', (progress) => generate(batch, state.choices, progress)) }
        : download && { label: text.downloadWorkbook, onRun: () => produce('download', (progress) => download(batch, state.choices, 'workbook', progress)) };
  return (
    <main className={styles.root}>
      <Header iconSrc={iconSrc} help={{ open: help, onToggle: () => setHelp(!help) }} />
      <Suspense fallback={null}>
        {help && <HelpPanel onClose={() => setHelp(false)} />}
        {standalone ? <StandaloneNote /> : !excelAvailable && <HostNotice />}
      </Suspense>
      <PaneTabs tab={state.tab} problems={state.flags.length} onTab={(tab) => dispatch({ type: 'tab', tab })} />
      <div role="tabpanel" id={PANE_PANEL_ID} aria-labelledby={paneTabId(state.tab)} className={styles.panel}>
        {state.tab === 'import' && (
          <ImportPanel
            batch={batch}
            tallies={state.tallies}
            choices={state.choices}
            busy={busy}
            onFiles={readFiles && ((files) => read((progress) => readFiles(files, progress)))}
            onSelection={readSelection && (() => read((progress) => readSelection(progress)))}
            onInPlace={analyseInPlace && (() => produce('workbook', (progress) => analyseInPlace(state.choices, progress)))}
            onClearMarks={clearMarks && (() => void run('workbook', (progress) => clearMarks(progress)))}
            onRole={(d, t, c, role) => dispatch({ type: 'role', key: `${d}/${t}/${c}`, role: role as never })}
            onOptions={onOptions}
            onLastYear={(document, lastYear) => dispatch({ type: 'lastYear', document, lastYear })}
            workbookInFooter={!generate}
            onDownload={download && batch && ((kind) => produce('download', (progress) => download(batch, state.choices, kind, progress)))}
          />
        )}
        <Suspense fallback={<Caption1>…</Caption1>}>
          {state.tab === 'problems' && (
            <ProblemsPanel
              flags={state.flags}
              filter={state.filter}
              onFilter={(filter) => dispatch({ type: 'filter', ...filter })}
              onLocate={located && ((flag) => flag.target && void located(flag.target).catch((error: unknown) => showFailure(error)))}
              onStatus={
                statused &&
                ((flag, status) => {
                  // The button shows the status once it is in 审核问题, never before: a write that fails leaves it as it was.
                  statused(flag.key, status).then(
                    (written) => dispatch(written ? { type: 'flagStatus', key: flag.key, status } : { type: 'finished', outcome: { kind: 'failed', title: strings().statusNotWritten, lines: [strings().flagRowMissing], warnings: [] } }),
                    (error: unknown) => showFailure(error),
                  );
                })
              }
              {...(selectFlag && !state.flagsInWorkbook ? { disabledReason: strings().notInWorkbook } : {})}
            />
          )}
          {state.tab === 'directory' && (
            <DirectoryPanel
              review={state.review}
              edits={state.choices.edits}
              busy={busy}
              onMerge={(kept, merged) => dispatch({ type: 'edits', edits: { ...state.choices.edits, merged: [...state.choices.edits.merged, [kept, merged]] } })}
              onKeepApart={(a, b) => dispatch({ type: 'edits', edits: { ...state.choices.edits, distinct: [...state.choices.edits.distinct, [a, b]] } })}
              onMembers={(group, members) => dispatch({ type: 'edits', edits: { ...state.choices.edits, members: { ...state.choices.edits.members, [group]: members } } })}
              onUndo={(decision) => dispatch({ type: 'undo', decision })}
            />
          )}
          {state.tab === 'loop' && (
            <LoopPanel
              due={state.outcomes.loop?.due}
              distribute={{
                units: state.units,
                unsent: state.unsent,
                listing: state.listing,
                onListing: (listing) => dispatch({ type: 'listing', ...listing }),
                busy,
                onSend: (units, send) => dispatch({ type: 'send', units, send }),
                onDownload: download && batch && ((units) => produce('download', (progress) => download(batch, state.choices, 'bureaus', progress, units))),
              }}
              busy={busy}
              onCollect={collectFiles && ((files) => void run(excelAvailable ? 'workbook' : 'download', (progress) => collectFiles(files, progress)))}
              onDue={remindDue && (() => void run('workbook', (progress) => remindDue(progress)))}
              onDueFiles={dueFiles && ((files) => void run('download', (progress) => dueFiles(files, progress)))}
            />
          )}
        </Suspense>
      </div>
      <StatusFooter
        step={state.step}
        onCancel={() => running.current?.abort()}
        outcome={state.tab === 'import' ? (state.outcomes.import ?? state.readNote) : state.outcomes[state.tab]}
        action={mainAction}
        busy={busy}
        onProblems={() => dispatch({ type: 'tab', tab: 'problems' })}
        {...(showSheet ? { onSheet: (sheet: string) => void showSheet(sheet).catch(showFailure) } : {})}
      >
        {state.tab === 'import' && state.asked && generate && batch && (
          <Suspense fallback={null}>
            <OldSheetsChoice
              busy={busy}
              onReplace={() => produce('workbook', (progress) => generate(batch, state.choices, progress, 'replace'))}
              onAdd={() => produce('workbook', (progress) => generate(batch, state.choices, progress, 'add'))}
            />
          </Suspense>
        )}
      </StatusFooter>
    </main>
  );
}
