// 「A（B）」 usually names one body by two names (综合执法局（应急管理局）, 县气象局（县预警信息
// 发布中心）). Only when both A and B read as bodies: 各乡镇（街道） is a group, not an alias.

import { unitKind } from './kind';

/** The ending of a body's name: 局, 委, 办, 中心, 大队…. */
const BODY = /(局|委|办|中心|院|所|站|队|部|室|处|科|会|厅|署|社|馆|台)$/;
const PAIR = /^(.+?)[（(]([^（）()]+)[）)]$/;

export interface AliasPair {
  outer: string;
  inner: string;
}

export function aliasPair(name: string): AliasPair | undefined {
  const match = PAIR.exec(name.trim());
  if (!match) return undefined;
  const [outer, inner] = [match[1].trim(), match[2].trim()];
  const isBody = (part: string): boolean => BODY.test(part) && unitKind(part) === 'bureau';
  return isBody(outer) && isBody(inner) ? { outer, inner } : undefined;
}
