// The text of a w:p as Word shows it with changes accepted: inserted runs kept, deleted runs and
// field instructions dropped, w:tab and w:br as tab and newline. Inline wrappers (hyperlinks,
// content controls, smart tags, simple fields) are read through; drawings are left out.

import type { Element } from '@xmldom/xmldom';
import { wordChildren } from './wordml';

/** Inline wrappers whose runs are part of the paragraph's text. */
const INLINE_CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'ins', 'moveTo', 'fldSimple', 'bdo', 'dir', 'sdtContent']);
/** Wrappers nested deeper than this are malicious or broken; their text is not read. */
const MAX_INLINE_DEPTH = 32;

export function paragraphText(paragraph: Element): string {
  const parts: string[] = [];
  collectInline(paragraph, parts, 0);
  return parts.join('');
}

function collectInline(container: Element, parts: string[], depth: number): void {
  if (depth > MAX_INLINE_DEPTH) return;
  for (const child of wordChildren(container)) {
    const name = child.localName;
    if (name === 'r') collectRun(child, parts);
    else if (name === 'sdt' || INLINE_CONTAINERS.has(name ?? '')) collectInline(child, parts, depth + 1);
  }
}

function collectRun(run: Element, parts: string[]): void {
  for (const child of wordChildren(run)) {
    switch (child.localName) {
      case 't':
        parts.push(child.textContent ?? '');
        break;
      case 'tab':
      case 'ptab':
        parts.push('\t');
        break;
      case 'br':
      case 'cr':
        parts.push('\n');
        break;
      case 'noBreakHyphen':
        parts.push('-');
        break;
    }
  }
}
