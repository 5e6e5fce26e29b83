// One `build` in a process of its own, so that its peak memory is its own: `tsx build-child.ts
// FILE OUT.xlsx` runs the CLI's build command (the same run() as `npm run -s cli -- build`) and
// prints, as its last line, {"ms","peakMB","code","bytes"}.

import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { run } from '../../src/cli/commands/build';
import { peakResidentMB, round } from './timing';

async function main([input = '', output = '']: string[]): Promise<void> {
  const start = performance.now();
  const code = await run([input, '-o', output, '--on', '2025-07-01', '--force']);
  const ms = round(performance.now() - start);
  process.stdout.write(`\n${JSON.stringify({ ms, peakMB: peakResidentMB(), code, bytes: code === 0 ? statSync(output).size : 0 })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exitCode = 1;
});
