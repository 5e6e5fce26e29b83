import { Button, Caption1, Checkbox, Field, Radio, RadioGroup, SearchBox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { UnitLine, UnitListing } from '../pane-state';
import { strings } from '../strings';
import { listUnits } from '../unit-list';

export interface DistributePanelProps {
  units: UnitLine[];
  unsent: string[];
  /** How the list is sorted and what it is narrowed to. */
  listing: UnitListing;
  onListing: (listing: Partial<UnitListing>) => void;
  busy: boolean;
  onSend: (units: string[], send: boolean) => void;
  /** Downloads the chosen bureaus' task lists as one .zip; absent before any documents are read. */
  onDownload?: (units: string[]) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none', maxHeight: '320px', overflowY: 'auto' },
  counts: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  search: { minWidth: 0, width: '100%' },
});

/** 分发: every bureau with its lead and support counts, all chosen by default, sorted and searched, and their lists as one download. */
export function DistributePanel({ units, unsent, listing, onListing, busy, onSend, onDownload }: DistributePanelProps) {
  const styles = useStyles();
  const text = strings();
  const chosen = units.map((u) => u.unit).filter((unit) => !unsent.includes(unit));
  const listed = listUnits(units, listing);
  return (
    <section className={styles.root} aria-labelledby="distribute-title">
      <Subtitle2 as="h2" id="distribute-title" className={styles.title}>
        {text.distribute}
      </Subtitle2>
      {units.length === 0 ? (
        <Caption1>{text.distributeFirst}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.hint}>{text.distributeHint(units.length)}</Caption1>
          <Field label={text.findUnit}>
            <SearchBox className={styles.search} size="small" value={listing.query} onChange={(_, data) => onListing({ query: data.value })} />
          </Field>
          <RadioGroup layout="horizontal" aria-label={text.sortUnits} value={listing.sort} onChange={(_, data) => onListing({ sort: data.value === 'count' ? 'count' : 'name' })}>
            <Radio value="name" label={text.byName} />
            <Radio value="count" label={text.byCount} />
          </RadioGroup>
          <div className={styles.row}>
            <Checkbox
              label={text.chooseAll(chosen.length, units.length)}
              checked={chosen.length === units.length ? true : chosen.length === 0 ? false : 'mixed'}
              onChange={(_, data) => onSend(units.map((u) => u.unit), data.checked === true)}
            />
          </div>
          {listing.query.trim() !== '' && (
            <Caption1 role="status" className={styles.hint}>
              {text.shownUnits(listed.length, units.length)}
            </Caption1>
          )}
          <ul className={styles.list} aria-label={text.distribute}>
            {listed.map((line) => (
              <li key={line.unit}>
                <Checkbox
                  checked={!unsent.includes(line.unit)}
                  onChange={(_, data) => onSend([line.unit], data.checked === true)}
                  label={
                    <>
                      {line.unit} <span className={styles.counts}>{text.leadSupport(line.lead, line.support)}</span>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
          <Button appearance="primary" disabled={busy || !onDownload || chosen.length === 0} onClick={() => onDownload?.(chosen)}>
            {text.downloadChosen(chosen.length)}
          </Button>
        </>
      )}
    </section>
  );
}
