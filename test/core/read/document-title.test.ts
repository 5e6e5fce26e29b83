import { readDocument } from '../../../src/core/read';
import { documentTitle } from '../../../src/core/read/document-title';
import { SEEDS, seedBytes } from './seed-files';

describe('the seeds are named by their own titles', () => {
  test.each([
    [SEEDS.gaoxin, '2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点'],
    [SEEDS.dianjiang, '2025年全县安全生产、防灾减灾救灾和消防工作要点'],
    [SEEDS.fuling, '2025年全区安全生产、防灾减灾救灾和消防工作要点'],
    [SEEDS.chongqing, '2024年全市安全生产与防灾减灾救灾工作要点'],
    [SEEDS.bishan, '璧山区安全生产治本攻坚三年行动实施方案'],
  ])('%s is 「%s」', async (name, title) => {
    const read = await readDocument(name, seedBytes(name));
    expect(read.ok && read.value.title).toBe(title);
  });
});

describe('documentTitle', () => {
  test('a notice title split over two lines is joined, without 关于印发 and 的通知', () => {
    expect(documentTitle(['重庆高新区管委会', '关于印发2025年全县安全生产、防灾减灾', '救灾和消防工作要点的通知', '各镇人民政府：'])).toBe(
      '2025年全县安全生产、防灾减灾救灾和消防工作要点',
    );
  });

  test('blank lines between the parts of a notice title are skipped', () => {
    expect(documentTitle(['关于印发2025年全县安全生产工作', '', '\u3000', '要点的通知'])).toBe('2025年全县安全生产工作要点');
  });

  test('a gap where the line broke becomes 「、」 when the document writes the phrase with one elsewhere', () => {
    const lines = ['关于印发2025年重庆高新区安全生产 防灾', '减灾救灾和消防工作要点的通知', '《2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点》已经管委会同意。'];
    expect(documentTitle(lines)).toBe('2025年重庆高新区安全生产、防灾减灾救灾和消防工作要点');
  });

  test('a gap the document never writes with 「、」 is closed', () => {
    expect(documentTitle(['关于印发2025年全区安全生产、防灾减灾 救灾和消防工作要点的通知'])).toBe('2025年全区安全生产、防灾减灾救灾和消防工作要点');
  });

  test('a space between Latin letters or digits stays; one beside a Chinese character goes', () => {
    expect(documentTitle(['关于印发《推进5G 应用安全工作方案》的通知'])).toBe('推进5G应用安全工作方案');
    expect(documentTitle(['关于印发《ISO 45001 体系推进方案》的通知'])).toBe('ISO 45001体系推进方案');
  });

  test('「关于印发《…》的通知」 gives what is inside the book-title marks, even after the issuer on the same line', () => {
    expect(documentTitle(['重庆市涪陵区人民政府 关于印发《2025年全区消防工作要点》的通知'])).toBe('2025年全区消防工作要点');
  });

  test('a notice title with its 《…》 closed but no 的通知 in reach still gives the name', () => {
    expect(documentTitle(['关于转发《全市道路交通安全整治方案》', '各区县：'])).toBe('全市道路交通安全整治方案');
  });

  test('the span of years after a plan’s name is left out', () => {
    expect(documentTitle(['关于印发《璧山区安全生产治本攻坚三年行动实施方案（2024—2026年）》的通知'])).toBe('璧山区安全生产治本攻坚三年行动实施方案');
  });

  test('without a notice title, the covering sentence 「现将《…》印发给你们」 names the document', () => {
    expect(documentTitle(['各乡镇人民政府：', '现将《2025年全县森林防火工作要点》印发给你们，请认真贯彻执行。'])).toBe('2025年全县森林防火工作要点');
  });

  test('a 《…》 or a notice cited in the middle of a sentence does not name the document', () => {
    expect(documentTitle(['根据《中华人民共和国安全生产法》已有规定，结合实际，制定如下措施。'])).toBeUndefined();
    expect(documentTitle(['按照《关于印发全市消防工作要点的通知》要求，做好以下工作。'])).toBeUndefined();
    expect(documentTitle(['各单位：根据市政府关于印发全市消防工作要点的通知精神，结合实际。'])).toBeUndefined();
  });

  test('without a notice, the plan’s own title line above its body names it, joined where it broke after 「、」', () => {
    expect(documentTitle(['2025年全县安全生产、', '防灾减灾救灾和消防工作要点', '2025年全县安全生产工作坚持统筹发展和安全。', '一、深化安全责任体系'])).toBe(
      '2025年全县安全生产、防灾减灾救灾和消防工作要点',
    );
  });

  test('a line that only ends like a plan’s name after the body has begun is not the title', () => {
    expect(documentTitle(['附件', '一、总体要求', '（一）制定全县应急预案修编工作方案'])).toBeUndefined();
    expect(documentTitle(['为做好全年工作，特制定本方案'])).toBeUndefined();
  });

  test('a document with nothing that reads as a title has none', () => {
    expect(documentTitle(['序号\t任务\t责任单位', '1\t排查隐患\t区应急局'])).toBeUndefined();
    expect(documentTitle([])).toBeUndefined();
  });

  test('a preferred text (an HTML page’s <title>) is taken before the paragraphs when it reads as a title', () => {
    expect(documentTitle(['关于印发《甲方案》的通知'], ['2025年全区消防工作要点'])).toBe('2025年全区消防工作要点');
    expect(documentTitle(['关于印发《2025年全区消防工作要点》的通知'], ['通知', ''])).toBe('2025年全区消防工作要点');
  });
});
