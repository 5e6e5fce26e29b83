// styles.xml from the plan's named styles. Each distinct look of a cell (text format or not, its
// style names in order, locked or not) becomes one cell format (xf), found by a short key, so that a
// sheet of a million cells costs a million map look-ups and no style objects. Text cells also get
// the text number format (@), so that a clerk editing one later does not turn 「1-2月」 into a date.

import type { CellPlan, StyleName, StyleSpec } from '../../core/plan/workbook-plan';
import { MAIN_NS, XML_HEADER } from './xml-text';

/** numFmtId 49 is the built-in text format 「@」. */
const TEXT_FORMAT = 49;
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const THIN = '<color rgb="FFBFBFBF"/>';
const THIN_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;


/** The lists of styles.xml that cell formats refer into, by element name of the list and of an item. */
const LISTS = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' } as const;
type ListName = keyof typeof LISTS;

export class StyleSheet {
  private readonly fonts: Parts;
  private readonly fills: Parts;
  private readonly borders: Parts;
  private readonly formats: Parts;
  private readonly byKey = new Map<string, number>();

  /**
   * `existing`: the styles.xml of a workbook the new sheets join (回收汇总); new looks are then
   * numbered after its own, whose first font, fill and border are the defaults as in every workbook.
   */
  constructor(
    private readonly specs: Record<StyleName, StyleSpec>,
    existing?: string,
  ) {
    if (existing === undefined) {
      this.fonts = new Parts(0, DEFAULT_FONT);
      this.fills = new Parts(0, '<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
      this.borders = new Parts(0, '<border><left/><right/><top/><bottom/><diagonal/></border>');
      this.formats = new Parts(0, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    } else {
      this.fonts = new Parts(countIn(existing, 'fonts'));
      this.fills = new Parts(countIn(existing, 'fills'));
      this.borders = new Parts(countIn(existing, 'borders'));
      this.formats = new Parts(countIn(existing, 'cellXfs'));
    }
  }

  /** The existing styles.xml with this sheet's new fonts, fills, borders and formats added at the end of each list. */
  appendTo(existing: string): string {
    let xml = existing;
    for (const [list, parts] of [['fonts', this.fonts], ['fills', this.fills], ['borders', this.borders], ['cellXfs', this.formats]] as const) {
      const block = listBlock(xml, list);
      if (!block) throw new Error(`styles.xml has no <${list}>`);
      const open = block.open.replace(/\scount="\d+"/, '').replace(/>$/, ` count="${parts.next}">`);
      xml = `${xml.slice(0, block.start)}${open}${block.inner}${parts.added()}</${list}>${xml.slice(block.end)}`;
    }
    return xml;
  }

  /** The xf index of a cell's look: text format or not, its style names, locked or not (null: a cell the plan leaves empty). */
  id(cell: CellPlan | null, unlocked = false): number {
    const text = cell?.kind === 'text' || cell?.kind === 'link';
    const names = cell?.styles;
    const key = `${text ? '@' : ''}|${names ? names.join() : ''}|${unlocked ? 'u' : ''}`;
    let id = this.byKey.get(key);
    if (id === undefined) this.byKey.set(key, (id = this.formats.add(this.xf(text, names, unlocked))));
    return id;
  }

  xml(): string {
    return (
      `${XML_HEADER}<styleSheet xmlns="${MAIN_NS}">` +
      `${this.fonts.xml('fonts')}${this.fills.xml('fills')}${this.borders.xml('borders')}` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `${this.formats.xml('cellXfs')}` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }

  private xf(text: boolean, names: readonly StyleName[] | undefined, unlocked: boolean): string {
    const spec: StyleSpec = Object.assign({}, ...(names ?? []).map((name) => this.specs[name]));
    const font = spec.bold || spec.fontSize || spec.fontColor || spec.underline ? this.fonts.add(fontXml(spec)) : 0;
    const fill = spec.fill ? this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="FF${spec.fill}"/></patternFill></fill>`) : 0;
    const border = spec.border ? this.borders.add(THIN_BORDER) : 0;
    const alignment = spec.wrap || spec.horizontal || spec.vertical ? alignmentXml(spec) : '';
    const attributes = [
      `numFmtId="${text ? TEXT_FORMAT : 0}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`,
      text ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
      unlocked ? ' applyProtection="1"' : '',
    ].join('');
    const inner = `${alignment}${unlocked ? '<protection locked="0"/>' : ''}`;
    return inner ? `<xf ${attributes}>${inner}</xf>` : `<xf ${attributes}/>`;
  }
}

function fontXml(spec: StyleSpec): string {
  return `<font>${spec.bold ? '<b/>' : ''}${spec.underline ? '<u/>' : ''}${spec.fontSize ? `<sz val="${spec.fontSize}"/>` : ''}${spec.fontColor ? `<color rgb="FF${spec.fontColor}"/>` : ''}</font>`;
}

function alignmentXml(spec: StyleSpec): string {
  return `<alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ''}${spec.vertical ? ` vertical="${spec.vertical === 'middle' ? 'center' : spec.vertical}"` : ''}${spec.wrap ? ' wrapText="1"' : ''}/>`;
}

/** A list's opening tag, its items and where it ends, in a styles.xml. */
function listBlock(xml: string, list: ListName): { start: number; open: string; inner: string; end: number } | undefined {
  const match = new RegExp(`<${list}\\b[^>]*?(/?)>`).exec(xml);
  if (!match) return undefined;
  const start = match.index;
  const open = match[0].replace(/\/>$/, '>');
  if (match[1] === '/') return { start, open, inner: '', end: start + match[0].length };
  const close = xml.indexOf(`</${list}>`, start);
  if (close < 0) return undefined;
  return { start, open, inner: xml.slice(start + match[0].length, close), end: close + `</${list}>`.length };
}

/** How many items a list of styles.xml holds, counted rather than taken from its count attribute. */
function countIn(xml: string, list: ListName): number {
  const block = listBlock(xml, list);
  return block ? (block.inner.match(new RegExp(`<${LISTS[list]}[\\s/>]`, 'g')) ?? []).length : 0;
}

/** A list of XML elements, each kept once, numbered from `first` (the items already in the list). */
class Parts {
  private readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly first: number,
    ...initial: string[]
  ) {
    for (const item of initial) this.add(item);
  }

  add(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.first + this.items.push(xml) - 1;
      this.index.set(xml, id);
    }
    return id;
  }

  /** The id the next new item would get: the list's count. */
  get next(): number {
    return this.first + this.items.length;
  }

  added(): string {
    return this.items.join('');
  }

  xml(tag: string): string {
    return `<${tag} count="${this.next}">${this.added()}</${tag}>`;
  }
}
