// A finding of the audit, addressed to one cell of one table.

import type { MessageArgs } from '../result';

/** The fixed vocabulary of design.md (mirrored in docs/vocabulary.md, which the rules meta-test reads). */
export const FLAG_CODES = [
  'blank-unit',
  'repeated-unit',
  'open-ended',
  'vague-unit',
  'collective-only',
  'joined-units',
  'name-variant',
  'split-heading',
  'unknown-unit',
  'no-lead',
  'many-leads',
  'lead-and-support',
  'deadline',
] as const;

export type FlagCode = (typeof FLAG_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** Indexes into `inspect`'s output (0-based). */
  document: number;
  table: number;
  row: number;
  column: number;
  /** The cell text as written. */
  text: string;
  /** The units concerned, as written. */
  units: string[];
  /** zh-CN, for a clerk. */
  message: string;
  /** zh-CN, what to do about it. */
  suggestion: string;
  /** What the message and the suggestion say, as facts: names and cell text as written (see Warning). */
  args: MessageArgs;
}
