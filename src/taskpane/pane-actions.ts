// The actions the pane offers, in the order a clerk uses them. Handlers are supplied by index.tsx
// once the Excel side of each exists; an action without a handler shows as "coming soon".

export type PaneActionId = 'import' | 'byUnit' | 'audit';

export type PaneActions = Partial<Record<PaneActionId, () => void>>;

export interface PaneActionInfo {
  id: PaneActionId;
  label: string;
  labelEn: string;
  summary: string;
  summaryEn: string;
}

export const PANE_ACTIONS: readonly PaneActionInfo[] = [
  {
    id: 'import',
    label: '导入附件表格',
    labelEn: 'Import appendix tables',
    summary: '把工作方案附件中的分工表原样写入新工作表，合并单元格和多段文字都保留。',
    summaryEn: 'Copy the responsibility tables of a work plan into new sheets, keeping merged cells and paragraphs.',
  },
  {
    id: 'byUnit',
    label: '按单位汇总',
    labelEn: 'Tasks by unit',
    summary: '拆分责任单位，列出每个单位牵头和配合的任务，可为每个单位单独出表。',
    summaryEn: 'Split the responsible units and list, per unit, the tasks it leads and supports.',
  },
  {
    id: 'audit',
    label: '审核问题',
    labelEn: 'Audit problems',
    summary: '标出空白、重复、「……等」「有关部门」等含糊写法，以及同一单位的不同写法。',
    summaryEn: 'Flag blank, repeated and vague entries, and one bureau written two ways.',
  },
];
