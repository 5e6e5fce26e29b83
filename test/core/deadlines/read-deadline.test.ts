import { readDeadline } from '../../../src/core/deadlines/read-deadline';

const YEAR_2025 = { year: 2025 };

describe('readDeadline', () => {
  test.each([
    ['2025年6月底前', ['2025-06-30']],
    ['6月底前', ['2025-06-30']],
    ['年底前', ['2025-12-31']],
    ['2025年第三季度', ['2025-09-30']],
    ['三季度末前完成', ['2025-09-30']],
    ['2025年3月—6月', ['2025-06-30']],
    ['3—6月', ['2025-06-30']],
    ['上半年', ['2025-06-30']],
    ['下半年', ['2025-12-31']],
    ['10月中旬', ['2025-10-20']],
    ['10月上旬', ['2025-10-10']],
    ['2月下旬', ['2025-02-28']],
    ['2025年12月31日', ['2025-12-31']],
    ['2025.6.30', ['2025-06-30']],
    ['12月', ['2025-12-31']],
    ['2024年', ['2024-12-31']],
    ['2024—2026年', ['2026-12-31']],
    ['2025年\n2026年', ['2025-12-31', '2026-12-31']],
    ['２０２５年６月底前', ['2025-06-30']],
  ])('reads 「%s」 as due on its last day', (text, dates) => {
    expect(readDeadline(text, YEAR_2025)).toEqual({ kind: 'dates', text, dates });
  });

  test.each([
    ['每月', 'month'],
    ['每季度末', 'quarter'],
    ['按季度', 'quarter'],
    ['每半年', 'half-year'],
    ['每年', 'year'],
  ])('reads 「%s」 as a recurrence', (text, every) => {
    expect(readDeadline(text, YEAR_2025)).toEqual({ kind: 'recurring', text, every });
  });

  test.each(['长期坚持', '持续推进', '常态化开展'])('reads 「%s」 as ongoing work', (text) => {
    expect(readDeadline(text, YEAR_2025)).toEqual({ kind: 'ongoing', text });
  });

  test('keeps a blank cell blank', () => {
    expect(readDeadline('  ', YEAR_2025)).toEqual({ kind: 'blank', text: '' });
  });

  test.each(['尽快', '明年春天', '13月底前', '2025年2月30日'])('does not guess at 「%s」', (text) => {
    expect(readDeadline(text, YEAR_2025)).toMatchObject({ kind: 'unreadable', text });
  });

  test('does not guess a year the document does not give', () => {
    expect(readDeadline('6月底前')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('没有写年份') });
  });

  test('lets a written year win over the document’s', () => {
    expect(readDeadline('2026年6月', YEAR_2025)).toMatchObject({ dates: ['2026-06-30'] });
  });
});
