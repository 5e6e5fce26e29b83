// The Chinese words a clerk reads in the workbook for the codes the core uses.

import type { FlagCode, Severity } from '../audit/flag';
import type { UnitKind } from '../units/unit';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '严重',
  warning: '警告',
  info: '提示',
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const FLAG_LABEL: Record<FlagCode, string> = {
  'blank-unit': '责任单位空白',
  'repeated-unit': '单位重复列出',
  'open-ended': '列举未尽（……等）',
  'vague-unit': '表述笼统（有关部门）',
  'collective-only': '只写了统称（如各镇街）',
  'joined-units': '单位名称连写',
  'name-variant': '同一单位多种写法',
  'split-heading': '任务名称断行',
  'unknown-unit': '名录外单位',
  'no-lead': '无牵头单位',
  'many-leads': '多个牵头单位',
  'lead-and-support': '既牵头又配合',
  deadline: '完成时间无法读取或早于发文',
};

export const KIND_LABEL: Record<UnitKind, string> = {
  bureau: '单位',
  group: '统称',
  vague: '泛指',
};

/** What the clerk records against each flag on 「审核问题」; the first is the starting state. */
export const FLAG_STATUSES = ['待处理', '已确认', '忽略'];
