// What the analysing commands (units, audit, build) read before they start: the clerk's directory,
// if one is named, and the documents. Readers' warnings go to stderr, one line each, so that the
// JSON on stdout stays the design's contract.

import type { SourceDocument } from '../core/tables/raw-table';
import type { UnitDirectory } from '../core/units/unit';
import { readDirectoryFile } from './read-directory';
import { readSourceFiles } from './read-files';

export interface Inputs {
  documents: SourceDocument[];
  directory: UnitDirectory | undefined;
  /** How many files could not be read (each already reported on stderr). */
  failed: number;
  /** How many documents yielded no task (each already reported on stderr). */
  unread: number;
}

/** The inputs, or null when the named directory cannot be used (the reason is on stderr). */
export async function readInputs(paths: string[], directoryPath: string | undefined): Promise<Inputs | null> {
  const directory = directoryPath === undefined ? undefined : await readDirectoryFile(directoryPath);
  if (directory === null) return null;
  const { documents, failed, unread } = await readSourceFiles(paths);
  for (const document of documents) {
    for (const { code, message } of document.warnings) process.stderr.write(`${document.source}: [${code}] ${message}\n`);
  }
  return { documents, directory, failed, unread };
}
