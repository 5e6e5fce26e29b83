import { Spinner } from '@fluentui/react-components';

export interface RunProgressProps {
  step: string;
}

/** The step of a running action beside a spinner; loaded with the first action. */
export default function RunProgress({ step }: RunProgressProps) {
  return <Spinner size="tiny" labelPosition="after" label={step} />;
}
