import JSZip from 'jszip';
import { openZip } from '../../../src/core/text/zip';

async function zipOf(files: Record<string, string | Uint8Array>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Rewrites the uncompressed size of every entry, in its local header and in the central directory. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

const LIMITS = { maxEntries: 3, maxTotalBytes: 10_000 };

describe('openZip', () => {
  it('reads an entry as text, UTF-8 with or without BOM', async () => {
    const zip = await openZip(await zipOf({ 'a.xml': '\ufeff<a>责任单位</a>', 'b.xml': '<b/>' }), LIMITS);
    if (!zip.ok) throw new Error(zip.error.message);
    expect(zip.value.has('a.xml')).toBe(true);
    expect(zip.value.has('c.xml')).toBe(false);
    expect(await zip.value.readText('a.xml')).toEqual({ ok: true, value: '<a>责任单位</a>', warnings: [] });
  });

  it('refuses more entries than the limit before inflating anything', async () => {
    const files = Object.fromEntries(['1', '2', '3', '4'].map((name) => [`${name}.xml`, '<x/>']));
    expect(await openZip(await zipOf(files), LIMITS)).toMatchObject({ ok: false, error: { code: 'zip-too-large' } });
  });

  it('refuses a zip whose declared sizes add up to more than the limit', async () => {
    const bytes = await zipOf({ 'big.xml': '0'.repeat(20_000) });
    expect(bytes.length).toBeLessThan(1_000);
    expect(await openZip(bytes, LIMITS)).toMatchObject({ ok: false, error: { code: 'zip-too-large' } });
  });

  it('stops inflating an entry that grows past its declared size (a zip bomb that lies)', async () => {
    const bytes = lieAboutSizes(await zipOf({ 'bomb.xml': '0'.repeat(200_000) }), 100);
    const zip = await openZip(bytes, { maxEntries: 3, maxTotalBytes: 1_000_000 });
    if (!zip.ok) throw new Error(zip.error.message);
    const text = await zip.value.readText('bomb.xml');
    expect(text).toMatchObject({ ok: false, error: { code: 'zip-too-large' } });
    expect(!text.ok && text.error.message).toMatch(/压缩包/);
  });

  it('calls truncated, corrupt and non-zip bytes corrupt', async () => {
    const whole = await zipOf({ 'a.xml': '<a>' + '甲'.repeat(500) + '</a>' });
    const truncated = whole.slice(0, whole.length - 30);
    const flipped = whole.slice();
    for (let at = 40; at < 80; at++) flipped[at] ^= 0xff;
    for (const bytes of [truncated, Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), new TextEncoder().encode('not a zip')]) {
      expect(await openZip(bytes, LIMITS)).toMatchObject({ ok: false, error: { code: 'zip-corrupt' } });
    }
    const opened = await openZip(flipped, LIMITS);
    const read = opened.ok ? await opened.value.readText('a.xml') : opened;
    expect(read).toMatchObject({ ok: false, error: { code: 'zip-corrupt' } });
  });
});
