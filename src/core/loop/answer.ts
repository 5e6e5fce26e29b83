// What a bureau wrote against one task, and where it came from.

import { STATUSES } from './columns';

export interface Answer {
  status: string;
  progress: string;
  doneOn: string;
  evidence: string;
}

export const NO_ANSWER: Answer = { status: '', progress: '', doneOn: '', evidence: '' };

export function isAnswered(answer: Answer): boolean {
  return answer.status !== '' || answer.progress !== '' || answer.doneOn !== '' || answer.evidence !== '';
}

export function isKnownStatus(status: string): boolean {
  return (STATUSES as readonly string[]).includes(status);
}
