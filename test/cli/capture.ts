// A command run in-process with its stdout and stderr captured, for the cases of a command's test;
// and the same command run as a clerk runs it, a child process through tsx, for each command's one
// smoke test of the real process (its exit code, and what it wrote to stdout and to stderr).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface CommandOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function captured(run: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** `npm run -s cli -- COMMAND ARGS…` as a child process, from the repository's root. */
export function spawned(command: string, args: string[]): CommandOutput {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), command, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
