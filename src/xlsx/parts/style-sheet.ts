// styles.xml from the plan's named styles. Each distinct look of a cell (text format or not, its
// style names in order, locked or not) becomes one cell format (xf), found by a short key, so that a
// sheet of a million cells costs a million map look-ups and no style objects. The looks are those
// excelStyle (../styles.ts) gives ExcelJS, written as ExcelJS writes them, so that a workbook read
// back shows the same fonts, fills, borders, alignment, number format and protection either way.

import type { StyleName, StyleSpec } from '../../core/plan/workbook-plan';
import { MAIN_NS, XML_HEADER } from './xml-text';

/** numFmtId 49 is the built-in text format 「@」. */
const TEXT_FORMAT = 49;
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const THIN = '<color rgb="FFBFBFBF"/>';
const THIN_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

export interface CellLook {
  text: boolean;
  styles: readonly StyleName[] | undefined;
  unlocked: boolean;
}

export class StyleSheet {
  private readonly fonts = new Parts(DEFAULT_FONT);
  private readonly fills = new Parts('<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
  private readonly borders = new Parts('<border><left/><right/><top/><bottom/><diagonal/></border>');
  private readonly formats = new Parts('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  private readonly byKey = new Map<string, number>();

  constructor(private readonly specs: Record<StyleName, StyleSpec>) {}

  /** The xf index of a look. */
  id(look: CellLook): number {
    const key = `${look.text ? '@' : ''}|${look.styles ? look.styles.join() : ''}|${look.unlocked ? 'u' : ''}`;
    let id = this.byKey.get(key);
    if (id === undefined) this.byKey.set(key, (id = this.formats.add(this.xf(look))));
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

  private xf(look: CellLook): string {
    const spec: StyleSpec = Object.assign({}, ...(look.styles ?? []).map((name) => this.specs[name]));
    const font = spec.bold || spec.fontSize || spec.fontColor || spec.underline ? this.fonts.add(fontXml(spec)) : 0;
    const fill = spec.fill ? this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="FF${spec.fill}"/></patternFill></fill>`) : 0;
    const border = spec.border ? this.borders.add(THIN_BORDER) : 0;
    const alignment = spec.wrap || spec.horizontal || spec.vertical ? alignmentXml(spec) : '';
    const attributes = [
      `numFmtId="${look.text ? TEXT_FORMAT : 0}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`,
      look.text ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
      look.unlocked ? ' applyProtection="1"' : '',
    ].join('');
    const inner = `${alignment}${look.unlocked ? '<protection locked="0"/>' : ''}`;
    return inner ? `<xf ${attributes}>${inner}</xf>` : `<xf ${attributes}/>`;
  }
}

function fontXml(spec: StyleSpec): string {
  return `<font>${spec.bold ? '<b/>' : ''}${spec.underline ? '<u/>' : ''}${spec.fontSize ? `<sz val="${spec.fontSize}"/>` : ''}${spec.fontColor ? `<color rgb="FF${spec.fontColor}"/>` : ''}</font>`;
}

function alignmentXml(spec: StyleSpec): string {
  return `<alignment${spec.horizontal ? ` horizontal="${spec.horizontal}"` : ''}${spec.vertical ? ` vertical="${spec.vertical === 'middle' ? 'center' : spec.vertical}"` : ''}${spec.wrap ? ' wrapText="1"' : ''}/>`;
}

/** A list of XML elements, each kept once; the index of an element is its id. */
class Parts {
  private readonly items: string[];
  private readonly index = new Map<string, number>();

  constructor(...initial: string[]) {
    this.items = [];
    for (const item of initial) this.add(item);
  }

  add(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.items.push(xml) - 1;
      this.index.set(xml, id);
    }
    return id;
  }

  xml(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join('')}</${tag}>`;
  }
}
