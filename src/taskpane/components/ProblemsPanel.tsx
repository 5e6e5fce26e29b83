import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
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
  group: { margin: 0 },
  list: { margin: 0, padding: 0, listStyle: 'none' },
});

/** Flags grouped by severity, then by code, each group with its count. */
function groups(flags: FlagItem[]): Array<{ title: string; flags: FlagItem[] }> {
  const byGroup = new Map<string, FlagItem[]>();
  for (const flag of flags) {
    const title = `${flag.severityLabel} · ${flag.codeLabel}`;
    byGroup.set(title, [...(byGroup.get(title) ?? []), flag]);
  }
  return [...byGroup].map(([title, grouped]) => ({ title, flags: grouped }));
}

/** Loaded when the 问题 tab is first opened. */
export default function ProblemsPanel({ flags, filter, onFilter, onLocate, onStatus, disabledReason }: ProblemsPanelProps) {
  const styles = useStyles();
  const text = strings();
  if (flags.length === 0) return <Caption1>{text.noProblems}</Caption1>;
  const codes = [...new Map(flags.map((f) => [f.code, f.codeLabel]))];
  const units = [...new Set(flags.flatMap((f) => f.units))].sort();
  const shown = flags.filter((f) => (filter.code === '' || f.code === filter.code) && (filter.unit === '' || f.units.includes(filter.unit)));
  const choice = (value: string, label: string) => (
    <Option key={value} value={value}>
      {label}
    </Option>
  );
  return (
    <section className={styles.root} aria-label={text.problems(flags.length)}>
      <div className={styles.filters}>
        <Field label={text.filterCode}>
          <Dropdown className={styles.dropdown} size="small" value={codes.find(([c]) => c === filter.code)?.[1] ?? text.all} selectedOptions={[filter.code]} onOptionSelect={(_, d) => onFilter({ code: d.optionValue ?? '' })}>
            {[choice('', text.all), ...codes.map(([code, label]) => choice(code, label))]}
          </Dropdown>
        </Field>
        <Field label={text.filterUnit}>
          <Dropdown className={styles.dropdown} size="small" value={filter.unit || text.all} selectedOptions={[filter.unit]} onOptionSelect={(_, d) => onFilter({ unit: d.optionValue ?? '' })}>
            {[choice('', text.all), ...units.map((unit) => choice(unit, unit))]}
          </Dropdown>
        </Field>
      </div>
      <Caption1>{text.problems(shown.length)}</Caption1>
      {disabledReason && <Caption1 role="note">{disabledReason}</Caption1>}
      {/* Groups fold, the worst open, so a long list stays short at the pane's 320 px. */}
      <Accordion multiple collapsible defaultOpenItems={groups(shown)[0]?.title}>
        {groups(shown).map((group) => (
          <AccordionItem key={group.title} value={group.title}>
            <AccordionHeader as="h3" size="small" className={styles.group}>
              {group.title}（{group.flags.length}）
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
