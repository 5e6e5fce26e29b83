import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Combobox, Dropdown, Field, Option, makeStyles, tokens, useComboboxFilter } from '@fluentui/react-components';
import { filterFlags, flagUnits, groupFlags, pendingCount } from '../flag-list';
import type { FlagItem } from '../pane-state';
import { strings } from '../strings';
import { FlagRow } from './FlagRow';

export interface ProblemsPanelProps {
  flags: FlagItem[];
  filter: { code: string; unit: string };
  onFilter: (filter: { code?: string; unit?: string }) => void;
  onLocate?: (flag: FlagItem) => void;
  onStatus?: (flag: FlagItem, status: string) => void;
  /** Why 定位 and the statuses are off (the problems are not in the workbook yet). */
  disabledReason?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
  // The Combobox's grid and input would keep their own minimum widths and push past 320 px.
  combobox: { minWidth: 0, width: '100%', gridTemplateColumns: 'minmax(0, 1fr) auto' },
  comboInput: { minWidth: 0, width: '100%' },
  group: { margin: 0 },
  list: { margin: 0, padding: 0, listStyle: 'none' },
});

/** The unit filter: the units sorted by name, narrowed as the clerk types (too many for a plain list). */
function UnitFilter({ units, unit, onUnit }: { units: string[]; unit: string; onUnit: (unit: string) => void }) {
  const styles = useStyles();
  const text = strings();
  const [query, setQuery] = useState(unit || text.all);
  const options = [{ value: '', children: text.all }, ...units.map((u) => ({ value: u, children: u }))];
  const shown = useComboboxFilter(query === text.all ? '' : query, options, {
    noOptionsMessage: text.noUnitMatch,
    optionToText: (option) => option.children,
    optionToReactKey: (option) => option.value || '*',
  });
  return (
    <Combobox
      className={styles.combobox}
      input={{ className: styles.comboInput }}
      size="small"
      freeform
      value={query}
      selectedOptions={[unit]}
      onChange={(event) => setQuery(event.target.value)}
      onOptionSelect={(_, data) => {
        setQuery(data.optionText ?? text.all);
        onUnit(data.optionValue ?? '');
      }}
      onBlur={() => setQuery(unit || text.all)}
    >
      {shown}
    </Combobox>
  );
}

/** Loaded when the 问题 tab is first opened. */
export default function ProblemsPanel({ flags, filter, onFilter, onLocate, onStatus, disabledReason }: ProblemsPanelProps) {
  const styles = useStyles();
  const text = strings();
  if (flags.length === 0) return <Caption1>{text.noProblems}</Caption1>;
  const codes = [...new Map(flags.map((f) => [f.code, f.codeLabel]))];
  const shown = filterFlags(flags, filter);
  const groups = groupFlags(shown);
  const choice = (value: string, label: string) => (
    <Option key={value} value={value}>
      {label}
    </Option>
  );
  // A type chosen in the filter opens its group; otherwise the worst group is open.
  const open = filter.code !== '' ? [filter.code] : groups.slice(0, 1).map((g) => g.code);
  return (
    <section className={styles.root} aria-label={text.problems(flags.length)}>
      <div className={styles.filters}>
        <Field label={text.filterCode}>
          <Dropdown className={styles.dropdown} size="small" value={codes.find(([c]) => c === filter.code)?.[1] ?? text.all} selectedOptions={[filter.code]} onOptionSelect={(_, d) => onFilter({ code: d.optionValue ?? '' })}>
            {[choice('', text.all), ...codes.map(([code, label]) => choice(code, label))]}
          </Dropdown>
        </Field>
        <Field label={text.filterUnit}>
          <UnitFilter units={flagUnits(flags)} unit={filter.unit} onUnit={(unit) => onFilter({ unit })} />
        </Field>
      </div>
      <Caption1 role="status">{shown.length > 0 ? text.problemsPending(shown.length, pendingCount(shown)) : text.noMatch}</Caption1>
      {disabledReason && <Caption1 role="note">{disabledReason}</Caption1>}
      {/* Groups fold, so a long list stays short at the pane's 320 px; remounted when the filters change, to open the chosen type. */}
      <Accordion key={`${filter.code}\u0000${filter.unit}`} multiple collapsible defaultOpenItems={open}>
        {groups.map((group) => (
          <AccordionItem key={group.code} value={group.code}>
            {/* h2: the panel's first heading level under the pane's h1 (axe's heading-order). */}
            <AccordionHeader as="h2" size="small" className={styles.group}>
              {text.flagGroup(group.title, group.flags.length)}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {group.flags.map((flag) => (
                  <FlagRow key={flag.key} flag={flag} onLocate={onLocate && (() => onLocate(flag))} onStatus={onStatus && ((status) => onStatus(flag, status))} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
