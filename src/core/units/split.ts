// A responsibility cell read as a list of names. Separators inside brackets do not count:
// 「县发展改革委（县粮食和物资储备局）」 and 「各乡镇（街道、社区）」 stay whole.

/** 、 joins names within one clause; ， ； and line breaks end the clause. */
const LIST_SEPARATOR = '、';
const CLAUSE_SEPARATORS = new Set(['，', ',', '；', ';', '\n', '\r']);
const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);

export interface CellToken {
  /** Trimmed, never empty. */
  text: string;
  /** Tokens of one clause share this number (「县应急局、县公安局牵头，县交通局配合」: two clauses). */
  clause: number;
}

export function splitCell(text: string): CellToken[] {
  const tokens: CellToken[] = [];
  let depth = 0;
  let clause = 0;
  let current = '';
  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') tokens.push({ text: trimmed, clause });
    current = '';
  };
  for (const char of text) {
    if (OPENING.has(char)) depth += 1;
    if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && char === LIST_SEPARATOR) {
      flush();
    } else if (depth === 0 && CLAUSE_SEPARATORS.has(char)) {
      flush();
      clause += 1;
    } else {
      current += char;
    }
  }
  flush();
  return tokens;
}
