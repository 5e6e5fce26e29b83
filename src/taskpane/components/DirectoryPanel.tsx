import { Body1, Button, Caption1, Field, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { DirectoryReview } from '../pane-state';
import { strings } from '../strings';

export interface DirectoryPanelProps {
  review?: DirectoryReview;
  busy: boolean;
  onMerge: (a: string, b: string) => void;
  onKeepApart: (a: string, b: string) => void;
  onMembers: (group: string, members: string[]) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  pair: { overflowWrap: 'anywhere' },
  reason: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Members are written as a clerk lists them: separated by 、 or commas or new lines. */
function splitMembers(text: string): string[] {
  return text.split(/[、，,;；\n]/).map((m) => m.trim()).filter((m) => m !== '');
}

/** 单位名录: pairs that may be one bureau (合并 / 保持区分), groups with their members, bureaus with no task. */
export default function DirectoryPanel({ review, busy, onMerge, onKeepApart, onMembers }: DirectoryPanelProps) {
  const styles = useStyles();
  const text = strings();
  if (!review) return <Caption1>{text.directoryFirst}</Caption1>;
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
            <li key={`${pair.a}/${pair.b}`} className={styles.item}>
              <Body1 className={styles.pair}>
                「{pair.a}」 / 「{pair.b}」
              </Body1>
              <Caption1 className={styles.reason}>{pair.reason}</Caption1>
              <div className={styles.buttons}>
                <Button size="small" appearance="primary" disabled={busy} onClick={() => onMerge(pair.a, pair.b)} aria-label={text.mergeLabel(pair.a, pair.b)}>
                  {text.merge}
                </Button>
                <Button size="small" disabled={busy} onClick={() => onKeepApart(pair.a, pair.b)} aria-label={text.keepApartLabel(pair.a, pair.b)}>
                  {text.keepApart}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.root} aria-labelledby="groups-title">
        <Subtitle2 as="h2" id="groups-title" className={styles.title}>
          {text.groups(review.groups.length)}
        </Subtitle2>
        {review.groups.map((group) => (
          <Field key={group.name} label={group.name} hint={text.membersHint}>
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
      </section>
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
