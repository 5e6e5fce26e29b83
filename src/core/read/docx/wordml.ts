// WordprocessingML element access by namespace and local name, so that any prefix works and both
// the transitional and the strict (ISO 29500) namespaces are read.

import type { Element, Node } from '@xmldom/xmldom';

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const ELEMENT_NODE = 1;

/** The local name of a w: element, or undefined for any other node (text, comments, other namespaces). */
export function wordName(node: Node): string | undefined {
  if (node.nodeType !== ELEMENT_NODE) return undefined;
  const element = node as Element;
  return element.namespaceURI !== null && WORD_NAMESPACES.has(element.namespaceURI) ? element.localName ?? undefined : undefined;
}

export function wordChildren(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (wordName(node) !== undefined) children.push(node as Element);
  }
  return children;
}

export function wordChild(element: Element, name: string): Element | undefined {
  return wordChildren(element).find((child) => child.localName === name);
}

/** The w:val attribute, looked up by local name (some writers leave it unprefixed). */
export function wordValue(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute && attribute.localName === 'val') return attribute.value;
  }
  return undefined;
}

/** An on/off property (w:tblHeader, w:vanish): present and not switched off by w:val. */
export function isOn(element: Element | undefined): boolean {
  const value = wordValue(element);
  return element !== undefined && value !== 'false' && value !== '0' && value !== 'off';
}

/** A whole-number property such as w:gridSpan, clamped to [min, max]; `fallback` when absent or unreadable. */
export function wordNumber(element: Element | undefined, fallback: number, min: number, max: number): number {
  const value = Number.parseInt(wordValue(element) ?? '', 10);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
