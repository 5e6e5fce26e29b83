// Small malicious .xlsx files made in code: a real workbook with one entry whose sizes lie, or with
// far too many entries. Each is a few KB; none needs to inflate to gigabytes to be refused.

import JSZip from 'jszip';

/** A valid, tiny workbook's zip, and an extra entry (big when inflated, tiny when stored). */
export async function workbookWith(extra: Record<string, string>, base: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets the uncompressed size of the named entry, in its local header and in the central directory. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  const named = (at: number) => wanted.every((byte, i) => out[at + i] === byte);
  for (let at = 0; at + 46 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === wanted.length && named(at + 30)) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === wanted.length && named(at + 46)) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** A 1.9 GB entry as declared (the deflated zeros themselves are small). */
export async function declaredBomb(base: Uint8Array): Promise<Uint8Array> {
  return declareSize(await workbookWith({ 'xl/media/bomb.bin': '0'.repeat(100_000) }, base), 'xl/media/bomb.bin', 1_900_000_000);
}

/** An entry that says it is 100 bytes and inflates to 2 MB. */
export async function lyingBomb(base: Uint8Array): Promise<Uint8Array> {
  return declareSize(await workbookWith({ 'xl/media/bomb.bin': '0'.repeat(2_000_000) }, base), 'xl/media/bomb.bin', 100);
}

/** More entries than any workbook has. */
export async function manyEntries(base: Uint8Array, count = 10_001): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  for (let i = 0; i < count; i++) zip.file(`xl/media/${i}.bin`, '');
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
