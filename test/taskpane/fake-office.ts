// Bundled and injected into the Chromium page before the pane's own script: an Office that reports
// the Excel host and an Excel.run over the fake workbook of the renderer's tests, exposed to the
// test as window.fakeExcel.
import { FakeExcel } from '../excel/fake-excel';

const fakeExcel = new FakeExcel();
Object.assign(globalThis, {
  fakeExcel,
  Office: { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' }, context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: (name: string, version?: string) => fakeExcel.isSetSupported(name, version) } } },
  Excel: { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(fakeExcel.requestContext) },
});
