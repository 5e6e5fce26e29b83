// The key a returned row finds its task by, kept in a hidden column of every sheet a bureau fills
// in. It is made of the document (its title, else its file name, and its date) and the task's place
// in it, never of the file it travels in, so renaming or re-saving the returned file keeps it; the
// document part tells a return of another document from a task that no longer exists.

import type { TaskRef } from '../pivot/unit-load';
import type { SourceDocument } from '../tables/raw-table';

const KEY = /^RM1-([0-9a-z]{6})-(\d+)-(\d+)$/;

export interface ParsedKey {
  document: string;
  table: number;
  row: number;
}

/** Six base-36 characters from an FNV-1a hash of the document's name and date. */
export function documentTag(document: Pick<SourceDocument, 'source' | 'title' | 'date'>): string {
  let hash = 0x811c9dc5;
  for (const ch of `${document.title ?? document.source}|${document.date ?? ''}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 6).toString(36).padStart(6, '0');
}

/** 「RM1-k3f9a0-1-12」: document tag, then table and row counted from 1. */
export function returnKey(document: Pick<SourceDocument, 'source' | 'title' | 'date'>, ref: TaskRef): string {
  return `RM1-${documentTag(document)}-${ref.table + 1}-${ref.row + 1}`;
}

export function parseReturnKey(text: string): ParsedKey | undefined {
  const match = KEY.exec(text.trim());
  if (!match) return undefined;
  return { document: match[1] ?? '', table: Number(match[2]) - 1, row: Number(match[3]) - 1 };
}
