// The e2e suites' shared build (build.ts), started by the global setup and awaited by the suites that
// need it: the Chromium tests serve the pane, inject the fake Office and open the offline file; the bench
// test measures the pane.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Set by the global setup for the test workers: the folder the build goes into. */
export const BUILD_VARIABLE = 'RESPMATRIX_E2E_BUILD';
export const STATUS_FILE = 'status.json';

export type BuildStatus = { ok: true; seconds: number } | { ok: false; error: string };

export interface BuiltFolders {
  /** The pane as `npm run build` builds it, with the bench's list of its scripts. */
  pane: string;
  /** fake-office.js */
  fakeOffice: string;
  /** The single offline file, 分工表助手.html, alone. */
  offline: string;
}

export function builtFolders(dir: string): BuiltFolders {
  return { pane: join(dir, 'pane'), fakeOffice: join(dir, 'fake-office'), offline: join(dir, 'offline') };
}

/** Waits for the build, which runs beside the first suites, and gives its folders; throws why it failed. */
export async function e2eBuild(): Promise<BuiltFolders> {
  const dir = process.env[BUILD_VARIABLE];
  if (!dir || !existsSync(dir)) {
    throw new Error(`No e2e build (${BUILD_VARIABLE}): this suite belongs to jest's e2e project, whose global setup (test/e2e/global-setup.ts) builds the pane.`);
  }
  const status = join(dir, STATUS_FILE);
  while (!existsSync(status)) await new Promise((done) => setTimeout(done, 200));
  const result = JSON.parse(readFileSync(status, 'utf8')) as BuildStatus;
  if (!result.ok) throw new Error(`The e2e build failed:\n${result.error}`);
  return builtFolders(dir);
}
