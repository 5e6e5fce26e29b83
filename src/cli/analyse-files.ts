// The prologue of the commands that take `FILE… [--json] [--directory FILE]` and report on the
// analysis (units, audit): parse, read the directory and the documents, analyse.

import { analyse } from '../core/analyse';
import type { Analysis } from '../core/analysis';
import { parseCommandArgs } from './arguments';
import { EXIT_BAD_INPUT } from './command';
import { readInputs } from './read-inputs';

export interface AnalysedFiles {
  analysis: Analysis;
  json: boolean;
  /** How many files could not be read (each already reported on stderr). */
  failed: number;
}

/** The analysis, or the exit code once the reason it could not be made is on stderr. */
export async function analyseFiles(args: string[], usage: string): Promise<AnalysedFiles | number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, directory: { type: 'string' } }, usage);
  if (typeof parsed === 'number') return parsed;
  const inputs = await readInputs(parsed.positionals, parsed.values.directory);
  if (!inputs) return EXIT_BAD_INPUT;
  const analysis = analyse(inputs.documents, { directory: inputs.directory });
  return { analysis, json: parsed.values.json ?? false, failed: inputs.failed };
}
