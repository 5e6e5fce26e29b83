import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { strings } from '../strings';

export interface HostNoticeProps {
  /** The ribbon button that opens the pane inside Excel, as the manifest labels it. */
  buttonLabel?: string;
}

export default function HostNotice({ buttonLabel }: HostNoticeProps) {
  const text = strings();
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{text.hostTitle}</MessageBarTitle>
        {text.hostText(buttonLabel ?? text.paneButton)}
      </MessageBarBody>
    </MessageBar>
  );
}
