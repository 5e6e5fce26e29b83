import { Suspense, lazy, useEffect, useReducer } from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneActions } from '../pane-actions';
import { INITIAL_STATE, paneReducer, type Batch, type PaneOptions, type PaneOutcome, type Progress, type RunOutcome } from '../pane-state';
import { strings } from '../strings';
import { Header } from './Header';
import { ImportPanel } from './ImportPanel';
import { PANE_PANEL_ID, PaneTabs, paneTabId } from './PaneTabs';

// What is not on the first screen loads when first shown (the 问题 and 督办 panels, the message
// bars), keeping the pane's first load within a quarter of a bare Fluent UI pane's.
const HostNotice = lazy(() => import('./HostNotice'));
const ImportStatus = lazy(() => import('./ImportStatus'));
const ProblemsPanel = lazy(() => import('./ProblemsPanel'));
const LoopPanel = lazy(() => import('./LoopPanel'));
const DirectoryPanel = lazy(() => import('./DirectoryPanel'));
const OldSheetsChoice = lazy(() => import('./OldSheetsChoice'));

/** An action that threw, told by excel-errors.ts (loaded when a failure happens). */
const failure = (error: unknown): Promise<PaneOutcome> => import('../excel-errors').then(({ thrownOutcome }) => thrownOutcome(error));

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
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function App({ excelAvailable, actions }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, INITIAL_STATE);
  const progress: Progress = (step) => dispatch({ type: 'step', step });
  const busy = state.step !== undefined;
  /** An action that threw: its outcome once excel-errors.ts has told it. */
  const showFailure = (error: unknown) => void failure(error).then((outcome) => dispatch({ type: 'finished', outcome }));
  const { readFiles, review, generate, selectFlag, setFlagStatus, loadOptions, saveOptions, readSelection, analyseInPlace, clearMarks, collectFiles, remindDue, download } = actions;

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

  const run = async (work: () => Promise<PaneOutcome>) => {
    progress(strings().steps.preparing);
    dispatch({ type: 'finished', outcome: await work().catch(failure) });
  };
  /** Files or the selection read into a batch for the preview; nothing is written yet. */
  const read = (work: () => Promise<Batch>) => {
    progress(strings().steps.reading);
    work().then(
      (batch) => dispatch({ type: 'batch', batch }),
      (error: unknown) => showFailure(error),
    );
  };
  /** 生成 or a download: the outcome, and the flags for the 问题 panel. */
  const produce = (work: () => Promise<RunOutcome>) => {
    progress(strings().steps.preparing);
    work().then(
      (result) => dispatch({ type: 'generated', run: result }),
      (error: unknown) => showFailure(error),
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
  return (
    <main className={styles.root}>
      <Header />
      <Suspense fallback={null}>
        {!excelAvailable && <HostNotice />}
      </Suspense>
      <PaneTabs tab={state.tab} problems={state.flags.length} onTab={(tab) => dispatch({ type: 'tab', tab })} />
      <Suspense fallback={state.step ? <span role="status">{state.step}</span> : null}>
        <ImportStatus step={state.step} outcome={state.outcome} />
      </Suspense>
      <Suspense fallback={null}>
        {state.asked && generate && batch && (
          <OldSheetsChoice busy={busy} onReplace={() => produce(() => generate(batch, state.choices, progress, 'replace'))} onAdd={() => produce(() => generate(batch, state.choices, progress, 'add'))} />
        )}
      </Suspense>
      <div role="tabpanel" id={PANE_PANEL_ID} aria-labelledby={paneTabId(state.tab)} className={styles.panel}>
        {state.tab === 'import' && (
          <ImportPanel
            batch={batch}
            choices={state.choices}
            busy={busy}
            onFiles={readFiles && ((files) => read(() => readFiles(files, progress)))}
            onSelection={readSelection && (() => read(() => readSelection(progress)))}
            onInPlace={analyseInPlace && (() => produce(() => analyseInPlace(state.choices, progress)))}
            onClearMarks={clearMarks && (() => void run(() => clearMarks(progress)))}
            onRole={(d, t, c, role) => dispatch({ type: 'role', key: `${d}/${t}/${c}`, role: role as never })}
            onOptions={onOptions}
            onLastYear={(document, lastYear) => dispatch({ type: 'lastYear', document, lastYear })}
            onGenerate={generate && batch && (() => produce(() => generate(batch, state.choices, progress)))}
            onDownload={download && batch && ((kind) => produce(() => download(batch, state.choices, kind, progress)))}
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
                    (written) => dispatch(written ? { type: 'flagStatus', key: flag.key, status } : { type: 'finished', outcome: { ok: false, title: strings().statusNotWritten, lines: [strings().flagRowMissing], warnings: [] } }),
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
              busy={busy}
              onMerge={(a, b) => dispatch({ type: 'edits', edits: { ...state.choices.edits, merged: [...state.choices.edits.merged, [a, b]] } })}
              onKeepApart={(a, b) => dispatch({ type: 'edits', edits: { ...state.choices.edits, distinct: [...state.choices.edits.distinct, [a, b]] } })}
              onMembers={(group, members) => dispatch({ type: 'edits', edits: { ...state.choices.edits, members: { ...state.choices.edits.members, [group]: members } } })}
            />
          )}
          {state.tab === 'loop' && (
            <LoopPanel
              due={state.outcome?.due}
              distribute={{
                units: state.units,
                unsent: state.unsent,
                busy,
                onSend: (units, send) => dispatch({ type: 'send', units, send }),
                onDownload: download && batch && ((units) => produce(() => download(batch, state.choices, 'bureaus', progress, units))),
              }}
              busy={busy}
              onCollect={collectFiles && ((files) => void run(() => collectFiles(files, progress)))}
              onDue={remindDue && (() => void run(() => remindDue(progress)))}
            />
          )}
        </Suspense>
      </div>
    </main>
  );
}
