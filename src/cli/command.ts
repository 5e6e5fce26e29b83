// The shape every CLI command has: it takes the arguments after its name and returns an exit code.
// Exit codes: 0 success · 1 the input was bad (unreadable, not a document) · 2 wrong usage.

export interface CommandModule {
  run(args: string[]): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
