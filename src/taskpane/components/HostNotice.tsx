import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';

export interface HostNoticeProps {
  /** The ribbon button that opens the pane inside Excel, as the manifest labels it. */
  buttonLabel?: string;
}

const useStyles = makeStyles({
  line: { display: 'block' },
  english: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export default function HostNotice({ buttonLabel = '分工表助手' }: HostNoticeProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>需要在 Excel 中使用</MessageBarTitle>
        <span className={styles.line}>
          在 Excel 之外（如 WPS 或浏览器）可以导入文件、预览、查看问题并下载工作簿；写入工作簿、从选区导入和督办，请在 Excel「开始」选项卡点击「{buttonLabel}」打开本窗格。
        </span>
        <span className={styles.english}>
          Excel is needed for the Excel actions (writing into the workbook, the selection, follow-up); outside Excel you can still
          import files, preview, see the problems and download the workbooks. Open this pane from the {buttonLabel} button on
          Excel&apos;s Home tab.
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
