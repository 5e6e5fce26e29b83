// Whether a name is one body, a set of bodies, or nobody in particular. Decided by the shape of
// the name (各…, …成员单位, 有关/相关 …部门), not by a list of the names seen so far.

import type { UnitKind } from './unit';
import { foldWidth, removeSpacing } from '../text/normalise';
import { stripLevel } from './normalise';

/** A committee's members (安委会各成员单位, 区安委会相关成员单位, 县安旅办成员单位) are a group. */
const MEMBERS = /成员单位$/;
/** 有关行业部门, 县级有关部门, 各相关单位, 属地镇街: a reference that names no one. */
const UNNAMED = /^各?(有关|相关|属地|所在|辖区)/;
/** 各镇街, 各乡镇（街道）, 全体…: every body of a kind. */
const EVERY = /^(各|全体|所有)/;
/** A name ending in 部门/单位/机构 describes a class of bodies (行业主管部门); real bodies are 局/委/办/中心…. */
const CLASS_NOUN = /(部门|单位|机构)$/;

export function unitKind(name: string): UnitKind {
  const bare = stripLevel(removeSpacing(foldWidth(name)));
  if (MEMBERS.test(bare)) return 'group';
  if (UNNAMED.test(bare)) return 'vague';
  if (EVERY.test(bare)) return 'group';
  if (CLASS_NOUN.test(bare)) return 'vague';
  return 'bureau';
}
