import { excelIsAvailable } from '../../src/taskpane/office-host';

type FakeOffice = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string } };

function installOffice(onReady: FakeOffice['onReady']): void {
  Object.assign(globalThis, { Office: { onReady, HostType: { Excel: 'Excel' } } satisfies FakeOffice });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('excelIsAvailable', () => {
  it('is false when Office.js did not load, as offline', async () => {
    expect(await excelIsAvailable()).toBe(false);
  });

  it('is true when Office reports the Excel host', async () => {
    installOffice(async () => ({ host: 'Excel' }));
    expect(await excelIsAvailable()).toBe(true);
  });

  it('is false in a plain browser, where Office reports no host', async () => {
    installOffice(async () => ({ host: null }));
    expect(await excelIsAvailable()).toBe(false);
  });

  it('is false when Office.onReady fails', async () => {
    installOffice(() => Promise.reject(new Error('blocked')));
    expect(await excelIsAvailable()).toBe(false);
  });
});
