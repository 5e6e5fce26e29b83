// The shared shape of an audit rule (typescript-eslint's RuleModule, cut down to a plain function):
// a rule reads the whole input and returns the flags it finds; index.ts lists the rules.

import type { SourceDocument } from '../tables/raw-table';
import type { Task } from '../tasks/task';
import type { UnitDirectory } from '../units/unit';
import type { Flag, FlagCode } from './flag';

export interface AuditInput {
  documents: SourceDocument[];
  tasks: Task[];
  directory: UnitDirectory;
  /** True when the clerk gave the directory; only then can a name be "unknown". */
  directoryGiven: boolean;
}

export interface Rule {
  /** Equals the rule's file name. */
  code: FlagCode;
  check(input: AuditInput): Flag[];
}
