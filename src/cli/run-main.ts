// The edge of every command-line program here (the CLI, the bench, the accuracy report): run it,
// set its exit code, and turn an unexpected error into exit 70 with the stack on stderr.

export function runMain(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
