import { headingOf, isContinuationMark, readsAsHeading } from '../../../src/core/tables/table-heading';

describe('table headings', () => {
  it('takes the last short line that is not a sentence as the heading', () => {
    expect(headingOf(['附件', '', '核心绩效指标责任及重点任务分工', '一、核心绩效指标', ''])).toBe('一、核心绩效指标');
    expect(headingOf(['三、重点措施', '具体分工如下：', '— 5 —'])).toBe('三、重点措施');
    expect(headingOf(['坚持安全第一，预防为主。'])).toBe('');
  });

  it('does not take page numbers or 「续表」 marks for headings, and lets them stand between a table’s halves', () => {
    for (const mark of ['续表', '（续表）', '续表1', '- 12 -', '']) {
      expect(isContinuationMark(mark)).toBe(true);
      expect(readsAsHeading(mark)).toBe(false);
    }
    expect(isContinuationMark('二、重要文件')).toBe(false);
  });
});
