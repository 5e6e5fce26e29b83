// Whether the pane runs inside Excel. Office.js comes from Microsoft's CDN: offline it is missing,
// and in a plain browser it loads but reports no host. Either way the pane must still open.

export async function excelIsAvailable(): Promise<boolean> {
  if (typeof Office === 'undefined') return false;
  try {
    const info = await Office.onReady();
    return info.host === Office.HostType.Excel;
  } catch {
    return false;
  }
}
