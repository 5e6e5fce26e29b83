import { documentDate } from '../../../src/core/read/document-date';

describe('documentDate', () => {
  test('reads the date that stands alone under the issuing body', () => {
    expect(documentDate(['重庆高新区管委会', '', '  2025年4月7日 ', '（此件公开发布）'])).toBe('2025-04-07');
  });

  test('folds full-width digits and spacing', () => {
    expect(documentDate(['２０２５年 ３ 月２５日'])).toBe('2025-03-25');
  });

  test('does not take a date inside a sentence', () => {
    expect(documentDate(['2025年6月30日前完成清单编制。'])).toBeUndefined();
  });

  test('does not take an impossible day', () => {
    expect(documentDate(['2025年2月30日'])).toBeUndefined();
  });

  test('reads only the head, where the document’s own date stands', () => {
    expect(documentDate([...Array.from({ length: 60 }, () => '正文。'), '2025年4月7日'])).toBeUndefined();
  });
});
