import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Field, Radio, RadioGroup, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { decisionsOf, type Decision } from '../directory-decisions';
import type { Choices, DirectoryReview } from '../pane-state';
import { strings } from '../strings';

export interface DirectoryPanelProps {
  review?: DirectoryReview;
  /** The decisions made so far, listed each with 撤销. */
  edits: Choices['edits'];
  busy: boolean;
  /** `kept` stays the bureau's name, `merged` becomes another writing of it. */
  onMerge: (kept: string, merged: string) => void;
  onKeepApart: (a: string, b: string) => void;
  onMembers: (group: string, members: string[]) => void;
  /** Takes back the decision at this index of decisionsOf(edits). */
  onUndo: (decision: number) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  decision: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  pair: { overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  header: { margin: 0 },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Members are written as a clerk lists them: separated by 、 or commas or new lines. */
function splitMembers(text: string): string[] {
  return text.split(/[、，,;；\n]/).map((m) => m.trim()).filter((m) => m !== '');
}

function decisionText(decision: Decision): string {
  const text = strings();
  if (decision.kind === 'merged') return text.decisionMerged(decision.kept, decision.merged);
  if (decision.kind === 'distinct') return text.decisionDistinct(decision.a, decision.b);
  return text.decisionMembers(decision.group, decision.members.length);
}

/** One pair that may be one bureau: which name to keep, then 合并 or 保持区分. */
function ProposalItem({ pair, busy, onMerge, onKeepApart }: { pair: DirectoryReview['proposals'][number]; busy: boolean; onMerge: DirectoryPanelProps['onMerge']; onKeepApart: DirectoryPanelProps['onKeepApart'] }) {
  const styles = useStyles();
  const text = strings();
  const [kept, setKept] = useState(pair.a);
  const merged = kept === pair.a ? pair.b : pair.a;
  return (
    <li className={styles.item}>
      <Body1 className={styles.pair}>{text.pair(pair.a, pair.b)}</Body1>
      <Caption1 className={styles.reason}>{pair.reason}</Caption1>
      <RadioGroup aria-label={text.keptName} value={kept} onChange={(_, data) => setKept(data.value)}>
        <Caption1>{text.keptName}</Caption1>
        <Radio value={pair.a} label={pair.a} />
        <Radio value={pair.b} label={pair.b} />
      </RadioGroup>
      <Caption1 className={styles.reason}>{text.mergedAs(kept, merged)}</Caption1>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => onMerge(kept, merged)} aria-label={text.mergeLabel(kept, merged)}>
          {text.merge}
        </Button>
        <Button size="small" disabled={busy} onClick={() => onKeepApart(pair.a, pair.b)} aria-label={text.keepApartLabel(pair.a, pair.b)}>
          {text.keepApart}
        </Button>
      </div>
    </li>
  );
}

/** 单位名录: pairs that may be one bureau (合并 / 保持区分), the decisions made (撤销), 统称 with their members, bureaus with no task. */
export default function DirectoryPanel({ review, edits, busy, onMerge, onKeepApart, onMembers, onUndo }: DirectoryPanelProps) {
  const styles = useStyles();
  const text = strings();
  if (!review) return <Caption1>{text.directoryFirst}</Caption1>;
  const decisions = decisionsOf(edits);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.reason}>{text.directoryHint}</Caption1>
      <section className={styles.root} aria-labelledby="pairs-title">
        <Subtitle2 as="h2" id="pairs-title" className={styles.title}>
          {text.pairs(review.proposals.length)}
        </Subtitle2>
        {review.proposals.length === 0 && <Caption1>{text.noPairs}</Caption1>}
        <ul className={styles.list}>
          {review.proposals.map((pair) => (
            <ProposalItem key={`${pair.a}/${pair.b}`} pair={pair} busy={busy} onMerge={onMerge} onKeepApart={onKeepApart} />
          ))}
        </ul>
      </section>
      {decisions.length > 0 && (
        <section className={styles.root} aria-labelledby="decisions-title">
          <Subtitle2 as="h2" id="decisions-title" className={styles.title}>
            {text.decisions(decisions.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {decisions.map((decision, i) => {
              const said = decisionText(decision);
              return (
                <li key={said} className={`${styles.item} ${styles.decision}`}>
                  <Body1 className={styles.pair}>{said}</Body1>
                  <Button size="small" disabled={busy} onClick={() => onUndo(i)} aria-label={text.undoLabel(said)}>
                    {text.undo}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {/* 统称 explained once; folded while the files name none. */}
      <Accordion collapsible defaultOpenItems={review.groups.length > 0 ? ['groups'] : []}>
        <AccordionItem value="groups">
          <AccordionHeader as="h2" size="large" className={styles.header}>
            {text.groups(review.groups.length)}
          </AccordionHeader>
          <AccordionPanel className={styles.groups}>
            <Caption1 className={styles.reason}>{text.groupsHint}</Caption1>
            {review.groups.length === 0 ? <Caption1>{text.noGroups}</Caption1> : <Caption1 className={styles.reason}>{text.membersHint}</Caption1>}
            {review.groups.map((group) => (
              // Keyed by the members too: a members decision undone shows the members as they are again.
              <Field key={`${group.name}\u0000${group.members.join('、')}`} label={group.name}>
                <Textarea
                  resize="vertical"
                  defaultValue={group.members.join('、')}
                  disabled={busy}
                  onBlur={(event) => {
                    const members = splitMembers(event.currentTarget.value);
                    if (members.join('、') !== group.members.join('、')) onMembers(group.name, members);
                  }}
                />
              </Field>
            ))}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {review.idle.length > 0 && (
        <section className={styles.root} aria-labelledby="idle-title">
          <Subtitle2 as="h2" id="idle-title" className={styles.title}>
            {text.idle(review.idle.length)}
          </Subtitle2>
          <Body1>{review.idle.join('、')}</Body1>
        </section>
      )}
    </div>
  );
}
