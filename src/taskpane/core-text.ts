// The core's messages as the pane shows them. The core writes them in Chinese (so the CLI and the
// workbook do); an English pane says them from their code and facts (core-text-en.ts, loaded with
// strings-en.ts), so a Chinese pane loads nothing for them.

import type { Flag } from '../core/audit/flag';
import type { ReturnProblem } from '../core/loop/collect';
import type { Warning } from '../core/result';
import { strings } from './strings';

export interface CoreText {
  /** `place`: the table or row of a warning that has one, named as the pane names it. */
  warning: (warning: Warning, place?: string) => string;
  flag: (flag: Flag) => string;
  fileProblem: (problem: ReturnProblem) => string;
}

export function warningText(warning: Warning, place?: string): string {
  const core = strings().core;
  if (core) return core.warning(warning, place);
  return place !== undefined && warning.at ? `${place}${warning.at.rest}` : warning.message;
}

export function flagText(flag: Flag): string {
  return strings().core?.flag(flag) ?? flag.message;
}

export function fileProblemText(problem: ReturnProblem): string {
  return strings().core?.fileProblem(problem) ?? problem.message;
}
