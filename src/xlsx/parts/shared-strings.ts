// How a text cell holds its text. A new workbook keeps a shared string table: each distinct text
// stored once (进展汇总 repeats each unit's name on thousands of rows), cells refer to it by index.
// Sheets added to a workbook that already has its own table (回收汇总) hold their text inline
// instead, so that the existing table is left as it is.

import { textElement, MAIN_NS, XML_HEADER } from './xml-text';

export interface CellStrings {
  /** The rest of a <c> element after its reference and style: type, value and the closing '>'. */
  cell(text: string): string;
}

export class SharedStrings implements CellStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  cell(text: string): string {
    this.count++;
    let found = this.index.get(text);
    if (found === undefined) this.index.set(text, (found = this.index.size));
    return ` t="s"><v>${found}</v>`;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.index.keys()) items.push(`<si>${textElement('t', text)}</si>`);
    return `${XML_HEADER}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>`;
  }
}

export const INLINE_STRINGS: CellStrings = {
  cell: (text) => ` t="inlineStr"><is>${textElement('t', text)}</is>`,
};
