// Where the mark record is kept in the workbook. Office keeps at most 2 MB of settings per add-in
// (saves fail from about 1 MB, office-js #3957), and a record takes some 125 bytes a mark, so a
// record of a 20,000-row table (about 10,000 marks) would not fit: a small record stays in the
// settings, a larger one goes into custom XML parts of the workbook (ExcelApi 1.5, saved inside
// the file like the settings), in pieces of at most 1 MB so that each is one request and one
// response under Excel on the web's 5 MB, and the settings hold only a pointer to them
// ({"stamp","parts"}: the parts of the namespace carrying that stamp, in their index order).

import { parseXml } from '../core/text/xml';
import { parseMarkRecords, type MarkRecord } from './mark-record';
import { requestBytes } from './sync-budget';
import { loadSetting } from './workbook-record';

export const MARKS_KEY = 'RespMatrix.marks';
export const MARKS_NAMESPACE = 'urn:respmatrix:marks';

/** A record up to this many characters of JSON stays in the settings (with the pane's options, far under Office's limit). */
export const INLINE_MAX_CHARS = 64 * 1024;

/** One part's share of a larger record. */
const PART_CHARS = 1024 * 1024;

/** Parts read in one sync: their responses stay under the 5 MB limit. */
const PARTS_PER_READ = 3;

export interface MarkStore {
  records: MarkRecord[];
  /** The setting is there (the record, or the pointer to its parts). */
  setting: boolean;
  /** Every part of the namespace (the record's, and any a failed save left): replaced by the next save. */
  parts: Excel.CustomXmlPart[];
  /** Syncs the reading of the parts took. */
  syncs: number;
}

interface Pointer {
  stamp: string;
  parts: number;
}

/** Queues what tells where the record is; `read()` after the caller's next sync gives it (one more sync when it is in parts). */
export function loadMarkStore(context: Excel.RequestContext): { read(): Promise<MarkStore> } {
  const setting = loadSetting(context, MARKS_KEY);
  const parts = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).load('items/id');
  return {
    async read() {
      const json = setting.value;
      const pointer = pointerOf(json);
      const store = { setting: json !== undefined, parts: parts.items };
      if (!pointer) return { ...store, records: parseMarkRecords(json), syncs: 0 };
      const read = await readParts(context, parts.items, pointer);
      return { ...store, records: parseMarkRecords(read.json), syncs: read.syncs };
    },
  };
}

/** What saveMarkStore queues for these records, to reserve before it: the JSON once, a request per part. */
export function markStoreBytes(records: MarkRecord[]): number {
  const json = JSON.stringify(records);
  return requestBytes(json, 2 + Math.ceil(json.length / PART_CHARS));
}

/** Queues the records where they belong (the settings, or parts when large), and the removal of where they were. */
export function saveMarkStore(context: Excel.RequestContext, store: MarkStore, records: MarkRecord[]): void {
  const old = store.parts;
  const json = JSON.stringify(records);
  store.parts = [];
  if (records.length === 0) {
    if (store.setting) context.workbook.settings.getItem(MARKS_KEY).delete();
    store.setting = false;
  } else if (json.length <= INLINE_MAX_CHARS) {
    context.workbook.settings.add(MARKS_KEY, json);
    store.setting = true;
  } else {
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const pieces = Array.from({ length: Math.ceil(json.length / PART_CHARS) }, (_, i) => json.slice(i * PART_CHARS, (i + 1) * PART_CHARS));
    for (const [index, piece] of pieces.entries()) {
      store.parts.push(context.workbook.customXmlParts.add(`<marks xmlns="${MARKS_NAMESPACE}" stamp="${stamp}" index="${index}">${escapeXml(piece)}</marks>`));
    }
    context.workbook.settings.add(MARKS_KEY, JSON.stringify({ stamp, parts: pieces.length } satisfies Pointer));
    store.setting = true;
  }
  // Last, so that a batch failing before here leaves the record where it was.
  for (const part of old) part.delete();
}

function pointerOf(json: string | undefined): Pointer | undefined {
  if (!json) return undefined;
  try {
    const parsed: unknown = JSON.parse(json);
    const pointer = parsed as Partial<Pointer> | null;
    return !Array.isArray(parsed) && typeof pointer?.stamp === 'string' && typeof pointer.parts === 'number' ? (pointer as Pointer) : undefined;
  } catch {
    return undefined;
  }
}

/** The record's JSON from its parts, or undefined when one is missing (then the record is lost, not half read). */
async function readParts(context: Excel.RequestContext, parts: Excel.CustomXmlPart[], pointer: Pointer): Promise<{ json: string | undefined; syncs: number }> {
  const pieces: string[] = [];
  let syncs = 0;
  for (let i = 0; i < parts.length; i += PARTS_PER_READ) {
    const xml = parts.slice(i, i + PARTS_PER_READ).map((part) => part.getXml());
    await context.sync();
    syncs++;
    for (const { value } of xml) {
      const root = parseXml(value, 'custom XML part');
      const element = root.ok ? root.value.documentElement : undefined;
      if (element?.getAttribute('stamp') !== pointer.stamp) continue;
      pieces[Number(element.getAttribute('index'))] = element.textContent ?? '';
    }
  }
  const found = Array.from({ length: pointer.parts }, (_, i) => pieces[i]);
  return { json: found.every((piece) => piece !== undefined) ? found.join('') : undefined, syncs };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
