// Which ExcelApi requirement set the running Excel has, asked of Office as Microsoft advises
// (Office.context.requirements.isSetSupported). Without an Office to ask (the renderer's tests),
// nothing above the manifest's minimum is assumed.

export function hasExcelApi(version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported('ExcelApi', version) === true;
}
