// A responsibility cell read as a list of names. Separators inside brackets do not count:
// 「县发展改革委（县粮食和物资储备局）」 and 「各乡镇（街道、社区）」 stay whole.

/** 、 and a slash join names within one clause; ， ； and line breaks end the clause. */
const LIST_SEPARATORS = new Set(['、', '/', '／']);
/** What a unit's name ends with (局, 委, 中心, 街道, 「（街道）」…): a space, 及 or 和 after it starts the next name. */
const NAME_END = /(?:局|委|办|站|所|中心|公司|街道|镇|乡|队|院|会|部|厅|处|室|组|社|馆|府|单位|部门|镇街|[)）])$/;
/** 「县应急局 县公安局」, 「县应急局及县公安局」; never inside a name (「住房和城乡建设局」: 「住房」 ends no name). */
const JOINING = /[\s\u3000]+|及|和/g;
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
    if (depth === 0 && LIST_SEPARATORS.has(char)) {
      flush();
    } else if (depth === 0 && CLAUSE_SEPARATORS.has(char)) {
      flush();
      clause += 1;
    } else {
      current += char;
    }
  }
  flush();
  return tokens.flatMap((token) => splitJoined(token.text).map((text) => ({ text, clause: token.clause })));
}

/** Cuts at each space, 及 or 和 that follows a whole name and precedes more text. */
function splitJoined(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(JOINING)) {
    const at = match.index ?? 0;
    const before = text.slice(start, at).trim();
    const after = text.slice(at + match[0].length).trim();
    if (before === '' || after === '' || !NAME_END.test(before) || depthAt(text, at) > 0) continue;
    parts.push(before);
    start = at + match[0].length;
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== '');
}

/** How many brackets are open at `at`: 「各乡镇（街道 社区）」 stays whole. */
function depthAt(text: string, at: number): number {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (OPENING.has(char)) depth += 1;
    if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
  }
  return depth;
}
