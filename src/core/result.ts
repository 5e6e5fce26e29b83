// Values and warnings travel together (mammoth's Result). A reader never throws past its boundary:
// bad input becomes `ok: false` with a problem a clerk can read (Chinese message, stable code).

/**
 * The facts a message is built from (counts, lines, names and cell text as written), so that it can be
 * said in another language from its code (the English pane: taskpane/core-text-en.ts) without parsing
 * the Chinese.
 */
export type MessageArgs = Readonly<Record<string, string | number | readonly string[] | readonly number[]>>;

export interface Warning {
  /** Stable, kebab-case: tests and the CLI's JSON rely on it, never on the message. */
  code: string;
  /** zh-CN first: what was wrong and what to do. */
  message: string;
  /** What the message says, as facts; absent when the code alone says it. */
  args?: MessageArgs;
  /** The problem behind this one (a workbook that cannot be opened, and why). */
  cause?: Warning;
  /**
   * For a warning about one table or row of a text file: the line the message names, and the
   * message after that place. A reader of the tables (the pane) names the place as the clerk sees
   * it, by the table's title and the row's 序号, instead of a line of a file the clerk never opened.
   * `rows`: the lines of the rows the message names between the place and `rest`, when it names several.
   */
  at?: { line: number; rest: string; rows?: number[] };
}

/** Where a warning about a table or row of a text file points: the line, and how the message names it. */
export interface WarningWhere {
  line: number;
  /** 「第 89 行的表格「…」」: the start of the message. */
  text: string;
}

export type Result<T> =
  | { ok: true; value: T; warnings: Warning[] }
  | { ok: false; error: Warning; warnings: Warning[] };

export function success<T>(value: T, warnings: Warning[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function failure<T>(code: string, message: string, args?: MessageArgs, warnings: Warning[] = []): Result<T> {
  return { ok: false, error: warning(code, message, args), warnings };
}

/** A failure because of another problem, whose message ends this one's. */
export function failureBecause<T>(code: string, message: string, cause: Warning, args?: MessageArgs): Result<T> {
  return { ok: false, error: { ...warning(code, `${message}${cause.message}`, args), cause }, warnings: [] };
}

export function warning(code: string, message: string, args?: MessageArgs): Warning {
  return args ? { code, message, args } : { code, message };
}

/** A warning about the table or row at `where`: the message names the line, `at` keeps the rest for naming it otherwise. */
export function warningAt(code: string, where: WarningWhere, rest: string, rows?: number[], args?: MessageArgs): Warning {
  // Built field by field: a 20,000-row export with a short row each makes 20,000 of these.
  const made: Warning = { code, message: where.text + rest, at: rows ? { line: where.line, rest, rows } : { line: where.line, rest } };
  if (args) made.args = args;
  return made;
}

/** Apply `next` to a successful value, keeping every warning gathered so far, de-duplicated. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  if (!result.ok) return result;
  const after = next(result.value);
  const warnings = dedupe([...result.warnings, ...after.warnings]);
  return after.ok ? { ...after, warnings } : { ...after, warnings };
}

export function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
