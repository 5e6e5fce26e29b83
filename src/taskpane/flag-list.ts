// The 问题 panel's list as plain data: the flags narrowed by the clerk's filters, grouped one group
// per problem type (a type never appears under two severities: its group takes the worst), the
// units to filter by in the order a clerk looks them up, and how many flags are still 待处理.

import type { FlagItem } from './pane-state';

export interface FlagGroup {
  code: string;
  /** 「警告 · 表述笼统（有关部门）」: the worst severity of the type's flags, then the type. */
  title: string;
  flags: FlagItem[];
}

const SEVERITY_RANK: Record<FlagItem['severity'], number> = { error: 0, warning: 1, info: 2 };

// eslint-disable-next-line no-restricted-syntax -- the starting value of 审核问题's 处理状态 column, not pane text
export const PENDING = '待处理';

/** The flags the filters leave: of the chosen type (or every type) and naming the chosen unit (or any). */
export function filterFlags(flags: FlagItem[], filter: { code: string; unit: string }): FlagItem[] {
  return flags.filter((f) => (filter.code === '' || f.code === filter.code) && (filter.unit === '' || f.units.includes(filter.unit)));
}

/** One group per type, the worst first (then by the type's first place in the list). */
export function groupFlags(flags: FlagItem[]): FlagGroup[] {
  const byCode = new Map<string, FlagItem[]>();
  for (const flag of flags) byCode.set(flag.code, [...(byCode.get(flag.code) ?? []), flag]);
  return [...byCode.values()]
    .map((grouped) => {
      const worst = grouped.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
      return { code: worst.code, title: `${worst.severityLabel} · ${worst.codeLabel}`, flags: grouped, rank: SEVERITY_RANK[worst.severity] };
    })
    .sort((a, b) => a.rank - b.rank)
    .map(({ code, title, flags: grouped }) => ({ code, title, flags: grouped }));
}

export function pendingCount(flags: FlagItem[]): number {
  return flags.filter((f) => f.status === PENDING || f.status === '').length;
}

/** Chinese names in pinyin order (as a clerk's list of bureaus runs), others by their letters. */
export const byName = new Intl.Collator('zh-CN').compare;

/** Every unit the flags name, once each, sorted by name. */
export function flagUnits(flags: FlagItem[]): string[] {
  return [...new Set(flags.flatMap((f) => f.units))].sort(byName);
}
