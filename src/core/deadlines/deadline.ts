// A 完成时间 cell as a clerk reads it: the day (or days) it falls due, a period that recurs, work that
// never ends (长期坚持), nothing written, or text that cannot be read — kept, never guessed.

export type Recurrence = 'month' | 'quarter' | 'half-year' | 'year';

export type Deadline =
  | { kind: 'blank'; text: '' }
  /** Each period named (「2025年\n2026年」 has two), as ISO days, ascending: the last day of each. */
  | { kind: 'dates'; text: string; dates: string[] }
  | { kind: 'recurring'; text: string; every: Recurrence }
  | { kind: 'ongoing'; text: string }
  | { kind: 'unreadable'; text: string; reason: string; because: { part: string; noYear: boolean } };

/** What the document itself says about time: the year its undated months belong to, and its own date. */
export interface DeadlineContext {
  year?: number;
  /** ISO day the document was issued (落款日期), when it could be read. */
  issued?: string;
}
