// Which part of the package holds the document body: the target of the officeDocument relationship
// in _rels/.rels (word/document.xml for everything Word and WPS write).

import type { Result } from '../../result';
import { success } from '../../result';
import type { ZipArchive } from '../../text/zip';
import { parseXml } from '../../text/xml';

const DEFAULT_PART = 'word/document.xml';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export async function mainPartName(zip: ZipArchive): Promise<Result<string>> {
  if (!zip.has('_rels/.rels')) return success(DEFAULT_PART);
  const text = await zip.readText('_rels/.rels');
  if (!text.ok) return text;
  const xml = parseXml(text.value, '_rels/.rels');
  if (!xml.ok) return xml;
  const relationships = xml.value.getElementsByTagNameNS('*', 'Relationship');
  for (let i = 0; i < relationships.length; i++) {
    const relationship = relationships.item(i);
    const target = relationship?.getAttribute('Target');
    if (target && OFFICE_DOCUMENT.test(relationship?.getAttribute('Type') ?? '')) return success(target.replace(/^\//, ''));
  }
  return success(DEFAULT_PART);
}
