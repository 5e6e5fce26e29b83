// Argument parsing shared by every command: strict (an unknown flag is an error), positionals are
// the files, and at least one file is required. Errors go to stderr with the command's usage.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** The parsed arguments, or EXIT_USAGE once the reason is on stderr. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string): Parsed<T> | number {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(`参数错误 / bad arguments: ${messageOf(error)}`, usage);
  }
  if (parsed.positionals.length === 0) return usageError('请给出要读取的文件 / no files given', usage);
  return parsed;
}

export function usageError(message: string, usage: string): number {
  process.stderr.write(`${message}\n${usage}\n`);
  return EXIT_USAGE;
}

/** Bad input: the reason on stderr, and EXIT_BAD_INPUT. */
export function refuse(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT_BAD_INPUT;
}

/** Not `instanceof Error`: errors from another realm (a test sandbox, a worker) are objects with a message too. */
export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}
