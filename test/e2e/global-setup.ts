// The e2e project's global setup: starts the one build the e2e suites share (build.ts), into a
// temporary folder, in a process of its own, and returns at once, so that the first suites run while
// it builds; the suites that need the build wait for it (e2e-build.ts). global-teardown.ts stops it
// if it is still running and removes the folder.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_VARIABLE, STATUS_FILE, type BuildStatus } from './e2e-build';

const ROOT = join(__dirname, '../..');

export default function globalSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), 'respmatrix-e2e-build-'));
  process.env[BUILD_VARIABLE] = dir;
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(__dirname, 'build.ts'), dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // A build that dies before it can say so (killed, out of memory) must not leave the suites waiting.
  const died = (reason: string) => {
    const status = join(dir, STATUS_FILE);
    if (existsSync(dir) && !existsSync(status)) writeFileSync(status, JSON.stringify({ ok: false, error: reason } satisfies BuildStatus));
  };
  child.on('error', (error) => died(`the build could not start: ${error.message}`));
  child.on('exit', (code, signal) => died(`the build stopped (${signal ?? `exit ${code}`}) before it finished`));
  (globalThis as { e2eBuildProcess?: ChildProcess }).e2eBuildProcess = child;
}
