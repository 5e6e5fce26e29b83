// Writing output files so that a failure never leaves half a result behind: every file is written
// into a hidden staging folder beside its target (same file system, so the last step is a rename),
// and moved into place only when all are written. A failure while moving puts back what was moved
// (a file --force replaced is restored); the staging folders are removed on success, on failure and
// on SIGINT/SIGTERM, so a rerun finds nothing of a failed one in its way.

import { mkdtempSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** Hidden (a leading dot), so that collect's folder reading and a clerk's file list pass over it. */
export const STAGING_PREFIX = '.分工表助手-写入中-';

/** For tests: runs once every file is staged, before anything is moved into place. */
export interface WriteHooks {
  afterStaged?: () => Promise<void>;
}

/** One file, as writeOutputs writes several. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await writeOutputs([{ path, bytes }]);
}

/**
 * Paths the outputs share, compared as the file system may (case and Unicode form folded): each
 * entry names the paths that would replace one another.
 */
export function clashingOutputs(paths: readonly string[]): string[][] {
  const byKey = new Map<string, string[]>();
  for (const path of paths) {
    const key = resolve(path).normalize('NFC').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), path]);
  }
  return [...byKey.values()].filter((same) => same.length > 1);
}

export async function writeOutputs(files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<void> {
  const staging = new Map<string, string>();
  const moved: Array<{ target: string; backup?: string }> = [];
  let done = false;
  /** Synchronous, so that a signal handler can run it whole before the process ends. */
  const undo = () => {
    if (done) return;
    done = true;
    for (const { target, backup } of moved.reverse()) {
      try {
        if (backup) renameSync(backup, target);
        else unlinkSync(target);
      } catch {
        // Best effort: the staging folder below is removed regardless.
      }
    }
    for (const folder of staging.values()) rmSync(folder, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    undo();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const staged: Array<{ target: string; temporary: string }> = [];
    for (const file of files) {
      const folder = dirname(resolve(file.path));
      if (!staging.has(folder)) {
        await mkdir(folder, { recursive: true });
        staging.set(folder, mkdtempSync(`${folder}/${STAGING_PREFIX}`));
      }
      const temporary = `${staging.get(folder)}/${staged.length}-${basename(file.path)}`;
      await writeFile(temporary, file.bytes);
      staged.push({ target: file.path, temporary });
    }
    await hooks.afterStaged?.();
    for (const { target, temporary } of staged) {
      if ((await lstat(target).catch(() => undefined))?.isDirectory()) throw new Error(`${target} 是一个文件夹，不能用文件替换 / is a folder`);
      const backup = `${temporary}.before`;
      const replaced = await rename(target, backup).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      if (replaced) moved.push({ target, backup });
      await rename(temporary, target);
      if (!replaced) moved.push({ target });
    }
    moved.length = 0; // all in place: nothing to undo, only the staging folders to remove
    undo();
  } catch (error) {
    undo();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
