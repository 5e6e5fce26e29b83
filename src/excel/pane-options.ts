// The pane's options, kept in the workbook's settings so that they come back with the workbook.

import { loadSetting, OPTIONS_KEY } from './workbook-record';

export async function loadPaneOptions(context: Excel.RequestContext): Promise<unknown> {
  const setting = loadSetting(context, OPTIONS_KEY);
  await context.sync();
  if (setting.value === undefined) return undefined;
  try {
    return JSON.parse(setting.value) as unknown;
  } catch {
    return undefined;
  }
}

export async function savePaneOptions(context: Excel.RequestContext, options: object): Promise<void> {
  context.workbook.settings.add(OPTIONS_KEY, JSON.stringify(options));
  await context.sync();
}
