// The workbook's shared string table: each distinct text stored once (进展汇总 repeats each unit's
// name on thousands of rows), cells refer to it by index.

import { textElement, MAIN_NS, XML_HEADER } from './xml-text';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  indexOf(text: string): number {
    this.count++;
    let found = this.index.get(text);
    if (found === undefined) this.index.set(text, (found = this.index.size));
    return found;
  }

  get size(): number {
    return this.index.size;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.index.keys()) items.push(`<si>${textElement('t', text)}</si>`);
    return `${XML_HEADER}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>`;
  }
}
