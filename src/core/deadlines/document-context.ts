// What a document's undated 完成时间 cells are read against: its own date, else the year its title names
// (「2025年全县…工作要点」), since 「6月底前」 in a 2025 plan means June 2025.

import type { SourceDocument } from '../tables/raw-table';
import type { DeadlineContext } from './deadline';

export function deadlineContext(document: Pick<SourceDocument, 'date' | 'title'>): DeadlineContext {
  const titleYear = /(\d{4})年/.exec(document.title ?? '')?.[1];
  const year = document.date ? Number(document.date.slice(0, 4)) : titleYear ? Number(titleYear) : undefined;
  return { ...(year !== undefined && { year }), ...(document.date && { issued: document.date }) };
}
