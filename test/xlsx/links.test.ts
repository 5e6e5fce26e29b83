import { fixInternalLinks, linkValue } from '../../src/xlsx/links';

const RELS_START = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
const hyperlinkRel = (id: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${target}" TargetMode="External"/>`;
const tableRel = '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>';

describe('links', () => {
  test('a link cell becomes a hyperlink to the quoted sheet reference', () => {
    expect(linkValue({ kind: 'link', text: '工作要点 G3', sheet: "区'局", target: { row: 2, column: 6 } })).toEqual({ text: '工作要点 G3', hyperlink: "'区''局'!G3" });
  });

  test.each([
    [
      'an internal link loses its external relationship',
      '<hyperlinks><hyperlink ref="E2" r:id="rId1" location="&apos;S&apos;!A1"/></hyperlinks>',
      `${RELS_START}${hyperlinkRel('rId1', "'S'!A1")}${tableRel}</Relationships>`,
      '<hyperlinks><hyperlink ref="E2" location="&apos;S&apos;!A1"/></hyperlinks>',
      `${RELS_START}${tableRel}</Relationships>`,
    ],
    [
      'an external link is left alone',
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
      `${RELS_START}${hyperlinkRel('rId1', 'https://example.org/')}</Relationships>`,
      '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
      `${RELS_START}${hyperlinkRel('rId1', 'https://example.org/')}</Relationships>`,
    ],
  ])('%s', (_, sheetXml, relsXml, expectedSheet, expectedRels) => {
    expect(fixInternalLinks(sheetXml, relsXml)).toEqual({ sheetXml: expectedSheet, relsXml: expectedRels });
  });
});
