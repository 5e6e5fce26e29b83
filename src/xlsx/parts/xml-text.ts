// Text as it may stand in an XML attribute or element: the five markup characters escaped, and the
// control characters XML 1.0 forbids dropped (as ExcelJS does), so no document text can break a part.

// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const EVERY = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(EVERY, (ch) => ENTITY[ch] ?? '') : text;
}

/** An element's text keeps leading and trailing spaces and line breaks only when told to. */
export function textElement(tag: string, text: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${tag}${space}>${escapeXml(text)}</${tag}>`;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text as read from XML: entities and character references replaced. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) =>
    entity.startsWith('#x') ? String.fromCodePoint(parseInt(entity.slice(2), 16)) : entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : (ENTITIES[entity] ?? ''),
  );
}

/** An attribute's raw value in an element's text (or in its attributes alone). */
export function attributeOf(element: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(element)?.[1];
}
