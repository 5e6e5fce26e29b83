// Writing an output file so that a failure never leaves half a workbook behind.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Written beside the target and renamed into place. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
