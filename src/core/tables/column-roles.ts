// Header vocabulary: which header labels give which column role. Matched on the label with all
// spacing removed, by word patterns rather than the seeds' exact words, so that 「2025年目标（内容）」,
// 「完成时限」 and 「牵头部门」 are all understood.

import type { ColumnRole } from './raw-table';

/** Checked in order: the first pattern that matches gives the role. */
const ROLE_PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['seq', /^(序号|编号|序|项次|No\.?)$/i],
  // People, not units: 责任领导、牵头领导、责任人、联系人 are kept as columns but never parsed as units.
  ['other', /领导|责任人|联系人|联系方式|电话/],
  ['lead', /牵头|主办|主责/],
  ['support', /配合|协办|协同|参与单位|参与部门/],
  // A project's 业主单位 (建设单位) is the body that builds it, the one that carries the task like a
  // 实施单位: a clerk lists it among the task's units, and beside a 牵头单位 column it supports.
  ['units', /责任(单位|部门|主体|科室|处室|股室)|实施(单位|主体|部门)|承办(单位|部门)|主体单位|落实单位|^(职责部门|责任清单|负责单位|负责部门|承担单位|承担部门|涉及部门|主管部门|业主单位|建设单位)$/],
  ['deadline', /完成(时间|时限|期限)|时间安排|时间节点|进度安排|时限|期限|截止时间|完成时间/],
  // A progress ledger's status columns (「1-11月推进情况」「落实情况」「是否达序」) are notes on the task.
  ['note', /^(备注|说明|备考|职责依据|依据|工作进展|进展|进度|完成进度)$|(进展|推进|落实|完成|办理|整改)情况$|^是否/],
  ['group', /名称$|^(重点|工作|主要|具体)?任务$|^重点工作$|^工作事项$|^事项$|^指标$|^(大类|类别|分类)$|^领域$/],
  ['content', /目标|内容|措施|要求|任务|指标值|举措|^(工作指标|主要工作|民生实事|职责名称|主要职责|工作职责|职责分工)$/],
];

/** Spacing of any kind (ASCII, U+2002…U+200B, ideographic U+3000, NBSP), which documents put inside labels. */
const SPACING = /[\s\u00a0\u2000-\u200b\u3000]+/g;

export function compactLabel(label: string): string {
  return label.replace(SPACING, '');
}

/** The role a header label gives its column, or undefined when the label is not header vocabulary. */
export function roleOfLabel(label: string): ColumnRole | undefined {
  const compact = compactLabel(label);
  if (compact.length === 0 || compact.length > 16) return undefined;
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (pattern.test(compact)) return role;
  }
  return undefined;
}

/**
 * The roles of a header row, or undefined when the cells do not read as a header: at least two
 * labels must be header vocabulary, at least one of them a responsibility column (责任/牵头/配合),
 * and no more than one label may be unknown.
 */
export function recogniseHeader(labels: string[]): ColumnRole[] | undefined {
  const roles = labels.map(roleOfLabel);
  const known = roles.filter((r): r is ColumnRole => r !== undefined);
  const unknown = roles.length - known.length;
  const responsibility = known.some((r) => r === 'units' || r === 'lead' || r === 'support');
  if (known.length < 2 || !responsibility || unknown > 1) return undefined;
  return roles.map((r) => r ?? 'other');
}
