// The prologue of the commands that take `FILE… [--json] [--directory FILE]` and report on the
// analysis (units, audit): parse, read the directory and the documents, analyse.

import { analyse } from '../core/analyse';
import { yieldsTasks } from '../core/tables/nothing-read';
import type { Analysis } from '../core/analysis';
import { parseCommandArgs } from './arguments';
import { EXIT_BAD_INPUT } from './command';
import { readInputs } from './read-inputs';

export interface AnalysedFiles {
  analysis: Analysis;
  json: boolean;
  /** How many files could not be read or yielded no task (each already reported on stderr). */
  failed: number;
  /** The values of the command's own string options (`due`'s --on, --within). */
  options: Record<string, string | undefined>;
}

/** The analysis, or the exit code once the reason it could not be made is on stderr. */
export async function analyseFiles(args: string[], usage: string, own: readonly string[] = []): Promise<AnalysedFiles | number> {
  const ownOptions = Object.fromEntries(own.map((name) => [name, { type: 'string' as const }]));
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, directory: { type: 'string' }, ...ownOptions }, usage);
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const options = Object.fromEntries(own.map((name) => [name, typeof values[name] === 'string' ? values[name] : undefined]));
  const inputs = await readInputs(parsed.positionals, parsed.values.directory);
  if (!inputs) return EXIT_BAD_INPUT;
  // Nothing read is never a clean report: with no task at all there is no report to print.
  if (!inputs.documents.some(yieldsTasks)) return EXIT_BAD_INPUT;
  const analysis = analyse(inputs.documents, { directory: inputs.directory });
  return { analysis, json: parsed.values.json ?? false, failed: inputs.failed + inputs.unread, options };
}
