// Stops the e2e build if it is still running (a run that ended early) and removes its folder.

import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BUILD_VARIABLE } from './e2e-build';

export default function globalTeardown(): void {
  const child = (globalThis as { e2eBuildProcess?: ChildProcess }).e2eBuildProcess;
  if (child && child.exitCode === null && child.signalCode === null) child.kill();
  const dir = process.env[BUILD_VARIABLE];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
