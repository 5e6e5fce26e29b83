// Notes (comments) of one sheet: the comments part Excel and LibreOffice read the text from, and the
// legacy VML drawing Excel needs to show each note as a box on hover. Shape ids come in blocks of
// 1,024 per drawing (o:idmap), so a sheet with thousands of notes takes several blocks; `firstBlock`
// keeps every drawing's ids apart within the workbook.

import { escapeXml, MAIN_NS, textElement, XML_HEADER } from './xml-text';

export interface Note {
  ref: string;
  row: number;
  column: number;
  text: string;
}

const BLOCK = 1024;

export function blocksFor(notes: number): number {
  return Math.floor(notes / BLOCK) + 1;
}

export function commentsXml(notes: readonly Note[]): string {
  const list = notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><r>${textElement('t', n.text)}</r></text></comment>`);
  return `${XML_HEADER}<comments xmlns="${MAIN_NS}"><authors><author>${escapeXml('分工表助手')}</author></authors><commentList>${list.join('')}</commentList></comments>`;
}

export function vmlXml(notes: readonly Note[], firstBlock: number): string {
  const blocks = Array.from({ length: blocksFor(notes.length) }, (_, i) => firstBlock + i).join(',');
  const shapes = notes.map(
    (n, i) =>
      `<v:shape id="_x0000_s${firstBlock * BLOCK + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${i + 1};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
      '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.column + 1}, 15, ${Math.max(n.row - 1, 0)}, 10, ${n.column + 3}, 15, ${n.row + 3}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.column}</x:Column></x:ClientData></v:shape>`,
  );
  return (
    `${XML_HEADER}<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  );
}
