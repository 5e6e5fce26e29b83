// The one-row 「一、核心绩效指标」 table that the .docx and HTML reader tests both build in their own
// markup: whatever the format, reading it must give this RawTable (only the spacing inside 「名 称」
// is the source's own).

import type { RawTable } from '../../../src/core/tables/raw-table';

export function indicatorTable(nameLabel: string): RawTable {
  return {
    title: '一、核心绩效指标',
    header: ['序号', nameLabel, '2025年目标', '责任单位', '备注'],
    columns: [
      { label: '序号', role: 'seq' },
      { label: '名称', role: 'group' },
      { label: '2025年目标', role: 'content' },
      { label: '责任单位', role: 'units' },
      { label: '备注', role: 'note' },
    ],
    rows: [
      {
        cells: [{ text: '1' }, { text: '重特大生产安全事故起数' }, { text: '0' }, { text: '县安委会各成员单位，各乡镇（街道）' }, { text: '' }],
        position: { kind: 'element', table: 1, row: 2 },
      },
    ],
    position: { kind: 'element', table: 1, row: 1 },
  };
}
