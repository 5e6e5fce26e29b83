import { Field, Radio, RadioGroup, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneOptions } from '../pane-state';
import { strings } from '../strings';

export interface OptionsFormProps {
  options: PaneOptions;
  onChange: (options: PaneOptions) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 0, margin: 0, padding: 0 },
  title: { margin: 0, padding: 0 },
});

export function OptionsForm({ options, onChange }: OptionsFormProps) {
  const styles = useStyles();
  const text = strings();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.title}>
        <Subtitle2>{text.options}</Subtitle2>
      </legend>
      <Switch label={text.firstListedLeads} checked={options.firstListedLeads} onChange={(_, data) => onChange({ ...options, firstListedLeads: data.checked })} />
      <Field label={text.importSheets}>
        <RadioGroup layout="horizontal" value={options.importSheets} onChange={(_, data) => onChange({ ...options, importSheets: data.value === 'table' ? 'table' : 'document' })}>
          <Radio value="document" label={text.perDocument} />
          <Radio value="table" label={text.perTable} />
        </RadioGroup>
      </Field>
      <Switch label={text.unitSheets} checked={options.unitSheets} onChange={(_, data) => onChange({ ...options, unitSheets: data.checked })} />
    </fieldset>
  );
}
